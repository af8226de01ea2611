import { db } from '../db';
import { inWindows, latestLead, leadsOfDay, recentOrVip } from '../queries/leads';

export async function followUps(userId: number) {
  return db.selectFrom('leads').selectAll().where('user_id', '=', userId).where(recentOrVip(new Date(Date.now() - 7 * 86_400_000))).execute(); // expect: scans-all [ky33a] cross
}

export async function quarters(userId: number, q1: { from: Date; to: Date }, q2: { from: Date; to: Date }) {
  return db.selectFrom('leads').selectAll().where('user_id', '=', userId).where(inWindows([q1, q2])).execute(); // expect: prunes [ky33b] cross
}

export async function day(dayString: string) {
  return leadsOfDay(dayString).execute(); // expect: scans-all [ky33c] cross
}

export async function latest() {
  return latestLead().executeTakeFirst(); // expect: scans-all [ky33d] cross
}

export async function todayCount(since: Date) {
  return db.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).where('created_at', '>=', since).executeTakeFirstOrThrow(); // expect: prunes [ky33e]
}
