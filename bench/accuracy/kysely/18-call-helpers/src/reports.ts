import { db } from './database';
import { ofCompany, withinDays } from './helpers';

export async function lastWeek() {
  return db.selectFrom('leads').selectAll().$call(withinDays(7)).execute(); // expect: prunes [ky18a] cross
}

export async function company(name: string) {
  return db.selectFrom('leads').selectAll().$call(ofCompany(name)).execute(); // expect: scans-all [ky18b] cross
}
