import { and, db as defaultDb, desc, eq, gte, type SQL, sql } from '../../db';
import { leads } from '../../db/schema';
import type { ServiceContext } from '../context';
import { type LeadListPeriod, periodToSince } from './period';

export type ListLeadsInput = { period?: LeadListPeriod; campaignId?: number; limit: number; offset: number };

/** The workspace scope and the optional filters of the list. */
function leadConditions(ctx: ServiceContext, input: ListLeadsInput) {
  const conditions: SQL[] = [eq(leads.userId, ctx.workspace.id)];
  if (input.campaignId !== undefined) {
    conditions.push(eq(leads.campaignId, input.campaignId));
  }
  if (input.period !== undefined) {
    conditions.push(gte(leads.createdAt, periodToSince(input.period)));
  }
  return and(...conditions);
}

export async function listLeads(args: { ctx: ServiceContext; input: ListLeadsInput }) {
  const { ctx, input } = args;
  const db = ctx.db ?? defaultDb;
  const whereClause = leadConditions(ctx, input);

  const [countRow, rows] = await Promise.all([
    db.select({ count: sql<number>`count(*)` }).from(leads).where(whereClause), // expect: scans-all [dz35a] cross
    db.select().from(leads).where(whereClause).orderBy(desc(leads.createdAt)).limit(input.limit).offset(input.offset), // expect: scans-all [dz35b] cross
  ]);

  return { items: rows, totalSize: Number(countRow[0]?.count ?? 0) };
}
