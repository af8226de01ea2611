import { type SQL, and, eq, gte, inArray, lte } from '@/lib/db';
import type { schema } from '@/lib/db';
import type { z } from 'zod';
import type { queryLeadsPayload } from './schema';

export type LeadQueryParams = {
  userId: number;
  startTime: number;
  endTime: number;
  statuses: string[] | null;
};

export function transformLeadFilters(params: z.infer<typeof queryLeadsPayload>, userId: number): LeadQueryParams {
  return {
    userId,
    startTime: params.startTime,
    endTime: params.endTime,
    statuses: params.statuses?.filters.map((f) => f.value) ?? null,
  };
}

/** The conditions of the leads table for a query's time range and filters. */
export function buildLeadConditions(table: typeof schema.leads, params: LeadQueryParams): SQL[] {
  const conditions = [
    eq(table.userId, params.userId),
    gte(table.createdAt, new Date(params.startTime)),
    lte(table.createdAt, new Date(params.endTime)),
  ];
  if (params.statuses) {
    conditions.push(inArray(table.status, params.statuses));
  }
  return conditions;
}

export const leadsWhere = (table: typeof schema.leads, params: LeadQueryParams) => and(...buildLeadConditions(table, params));
