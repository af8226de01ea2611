import { db } from './database';
import { lastDays, page } from './query-helpers';

export async function recentPage(n: number) {
  return page(lastDays(db.selectFrom('leads').selectAll(), 7), n).execute(); // expect: prunes [ky08a] cross
}

export async function allPage(n: number) {
  return page(db.selectFrom('leads').selectAll().where('status', '=', 'new'), n).execute(); // expect: scans-all [ky08b] cross
}
