import { Lead } from './models/Lead';
import { onlyStatus, withinDays } from './scopes';

export async function wonLastWeek() {
  return withinDays(onlyStatus(Lead.query(), 'won'), 7); // expect: prunes [ob08a] cross
}

export async function allWon() {
  return onlyStatus(Lead.query(), 'won').orderBy('id'); // expect: scans-all [ob08b] cross
}
