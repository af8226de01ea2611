import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { leads } from '../db/schema';
import { inWindows, recentOrVip } from '../lib/filters';

export async function followUps(userId: number) {
  return db.select().from(leads).where(and(eq(leads.userId, userId), recentOrVip(new Date(Date.now() - 7 * 86_400_000)))); // expect: scans-all [dz34a] cross
}

export async function twoWindows(userId: number, a: { from: Date; to: Date }, b: { from: Date; to: Date }) {
  return db.select().from(leads).where(and(eq(leads.userId, userId), inWindows(a, b))); // expect: prunes [dz34b] cross
}

export async function unassigned() {
  return db.select({ id: leads.id }).from(leads).where(isNull(leads.campaignId)); // expect: scans-all [dz34c]
}

export async function page(userId: number, since: Date, offset: number) {
  return db.query.leads.findMany({ where: (l, { and, eq, gte }) => and(eq(l.userId, userId), gte(l.createdAt, since)), limit: 10, offset }); // expect: prunes [dz34d]
}
