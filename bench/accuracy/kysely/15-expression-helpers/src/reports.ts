import { createdSince, ofCompany } from './conditions';
import { db } from './database';

export async function recent(since: Date) {
  return db.selectFrom('leads').selectAll().where(createdSince(since)).execute(); // expect: prunes [ky15a] cross
}

export async function company(name: string) {
  return db.selectFrom('leads').selectAll().where(ofCompany(name)).execute(); // expect: scans-all [ky15b] cross
}
