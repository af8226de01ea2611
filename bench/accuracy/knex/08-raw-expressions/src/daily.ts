import { db } from './db';

export async function leadsOnDay(day: string) {
  return db('leads').whereRaw("date_trunc('day', created_at) = ?", [day]); // expect: scans-all [kx08a]
}

export async function leadsSinceRaw(since: Date) {
  const { rows } = await db.raw('select id, email from leads where created_at >= ?', [since]); // expect: prunes [kx08b]
  return rows;
}

export async function lastWeek() {
  return db('leads').whereRaw("created_at >= now() - interval '7 days'").select('id'); // expect: prunes [kx08c]
}

export async function byMonthKey(month: string) {
  return db('leads').whereRaw("to_char(created_at, 'YYYY-MM') = ?", [month]); // expect: scans-all [kx08d]
}
