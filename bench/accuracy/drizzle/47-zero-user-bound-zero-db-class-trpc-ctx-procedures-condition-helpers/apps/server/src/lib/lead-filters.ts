import { and, count, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import type { DB } from '../db';
import { leads } from '../db/schema';

export type LeadRange = '7d' | '30d' | '90d';

const DAYS: Record<LeadRange, number> = { '7d': 7, '30d': 30, '90d': 90 };

export const leadWindow = (range: LeadRange, now = new Date()): SQL[] => [
  gte(leads.createdAt, new Date(now.getTime() - DAYS[range] * 86_400_000)),
  lt(leads.createdAt, now),
];

export const buildLeadFilters = (userId: number, input: { q?: string; status?: string }): SQL[] => {
  const conditions: SQL[] = [eq(leads.userId, userId)];
  if (input.q) conditions.push(or(ilike(leads.company, `%${input.q}%`), ilike(leads.email, `%${input.q}%`))!);
  if (input.status) conditions.push(eq(leads.status, input.status));
  return conditions;
};

export const countLeadsSince = (db: DB, userId: number, since: Date) =>
  db
    .select({ count: count() })
    .from(leads)
    .where(and(eq(leads.userId, userId), gte(leads.createdAt, since)));
