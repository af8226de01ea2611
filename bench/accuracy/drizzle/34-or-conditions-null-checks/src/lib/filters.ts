import { and, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { leads } from '../db/schema';

export const recentOrVip = (since: Date): SQL | undefined => or(gte(leads.createdAt, since), eq(leads.status, 'vip'));

export const inWindows = (a: { from: Date; to: Date }, b: { from: Date; to: Date }): SQL | undefined =>
  or(and(gte(leads.createdAt, a.from), lt(leads.createdAt, a.to)), and(gte(leads.createdAt, b.from), lt(leads.createdAt, b.to)));
