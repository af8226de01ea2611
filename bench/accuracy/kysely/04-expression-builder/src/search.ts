import { sql } from 'kysely';
import { db } from './database';

export async function recentOrVip(since: Date) {
  return db.selectFrom('leads').selectAll().where((eb) => eb.or([eb('created_at', '>=', since), eb('company', '=', 'VIP')])).execute(); // expect: scans-all [ky04a]
}

export async function inWindow(from: Date, to: Date) {
  return db.selectFrom('leads').selectAll().where((eb) => eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)])).execute(); // expect: prunes [ky04b]
}

export async function onDay(day: string) {
  return db.selectFrom('leads').selectAll().where(sql<boolean>`created_at::date = ${day}`).execute(); // expect: scans-all [ky04c]
}

export async function betweenDays(from: Date, to: Date) {
  return db.selectFrom('agent_outputs').select('id').where('created_at', 'in', [from, to]).execute(); // expect: prunes [ky04d]
}
