import { gte, sql } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export async function onDay(day: string) {
  return db.select().from(leads).where(sql`${leads.createdAt}::date = ${day}`); // expect: scans-all [dz06a]
}

export async function lastWeek() {
  return db.select().from(leads).where(sql`${leads.createdAt} >= now() - interval '7 days'`); // expect: prunes [dz06b]
}

export async function perMonth(since: Date) {
  return db
    .select({ month: sql<string>`date_trunc('month', ${leads.createdAt})`, n: sql<number>`count(*)` })
    .from(leads)
    .where(gte(leads.createdAt, since))
    .groupBy(sql`1`); // expect: prunes [dz06c]
}
