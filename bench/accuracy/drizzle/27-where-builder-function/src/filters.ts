import { and, eq, gte, type SQL } from 'drizzle-orm';
import { leads } from './db/schema';

export interface LeadFilters {
  userId: number;
  since?: Date;
}

export function leadsWhere(filters: LeadFilters): SQL | undefined {
  return and(eq(leads.userId, filters.userId), filters.since ? gte(leads.createdAt, filters.since) : undefined);
}
