import { sql } from 'kysely';
import { db } from './database';

export async function stamped() {
  return db.selectFrom('leads').selectAll().where('created_at', 'is not', null).where('status', '=', 'new').execute(); // expect: scans-all [ky14a]
}

export async function lastDay() {
  return db.selectFrom('leads').selectAll().where('created_at', '>', sql<Date>`now() - interval '1 day'`).execute(); // expect: prunes [ky14b]
}

export async function between(from: Date, to: Date) {
  return db.selectFrom('leads').select('id').where('created_at', '>=', from).where('created_at', '<', to).executeTakeFirst(); // expect: prunes [ky14c]
}
