import { db } from './db';
import { withinDays, withStatus } from './modifiers';

export async function recentNew() {
  return db('leads').modify(withStatus, 'new').modify(withinDays, 7); // expect: prunes [kx17a] cross
}

export async function allNew() {
  return db('leads').modify(withStatus, 'new').orderBy('id', 'desc'); // expect: scans-all [kx17b] cross
}
