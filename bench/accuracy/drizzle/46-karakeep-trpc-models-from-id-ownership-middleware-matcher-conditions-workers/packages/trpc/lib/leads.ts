import { and, eq, lt, lte, or, type SQL } from 'drizzle-orm';
import { leads } from '@karakeep/db';
import type { AuthedContext } from '../index';

export interface ListLeadsInput {
  status?: string;
  campaignId?: number;
  cursor?: { createdAt: Date; id: number } | null;
  limit: number;
}

export function leadListConditions(ctx: AuthedContext, input: ListLeadsInput): (SQL | undefined)[] {
  return [
    eq(leads.userId, ctx.user.id),
    input.status !== undefined ? eq(leads.status, input.status) : undefined,
    input.campaignId !== undefined ? eq(leads.campaignId, input.campaignId) : undefined,
    input.cursor
      ? or(lt(leads.createdAt, input.cursor.createdAt), and(eq(leads.createdAt, input.cursor.createdAt), lte(leads.id, input.cursor.id)))
      : undefined,
  ];
}
