import { sql } from 'kysely';
import { db } from './database';

export async function since(time: Date) {
  return db.selectFrom('leads').selectAll().where(sql.ref('created_at'), '>=', time).execute(); // expect: prunes [ky19a]
}

export async function sinceRaw(time: Date) {
  return db.selectFrom('leads').selectAll().where(sql<boolean>`created_at >= ${time}`).execute(); // expect: prunes [ky19b]
}
