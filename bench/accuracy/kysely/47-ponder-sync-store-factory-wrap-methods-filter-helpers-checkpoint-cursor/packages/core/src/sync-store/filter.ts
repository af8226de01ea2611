import type { ExpressionBuilder } from 'kysely';
import type { SyncSchema } from './schema.js';

export type LeadFilter = { userId: string; status?: string; campaignId?: string };
export type Checkpoint = { createdAt: Date; id: string };

// The conditions of a lead filter, shared by the event queries and the counts (like Ponder's logFilter).
export const leadFilter = (eb: ExpressionBuilder<SyncSchema, 'leads'>, filter: LeadFilter) => {
  const conditions = [eb('leads.user_id', '=', filter.userId)];
  if (filter.status !== undefined) conditions.push(eb('leads.status', '=', filter.status));
  if (filter.campaignId !== undefined) conditions.push(eb('leads.campaign_id', '=', filter.campaignId));
  return eb.and(conditions);
};

export const campaignFilter = (eb: ExpressionBuilder<SyncSchema, 'campaigns'>, userId: string) => eb('campaigns.user_id', '=', userId);

// Rows strictly after a checkpoint, ordered by (created_at, id).
export const afterCheckpoint = (eb: ExpressionBuilder<SyncSchema, 'leads'>, checkpoint: Checkpoint) =>
  eb.or([eb('leads.created_at', '>', checkpoint.createdAt), eb.and([eb('leads.created_at', '=', checkpoint.createdAt), eb('leads.id', '>', checkpoint.id)])]);

export const withPeriod =
  (period: { from: Date; to: Date }) =>
  <QB extends { where: (...args: any[]) => QB }>(qb: QB): QB =>
    qb.where('leads.created_at', '>=', period.from).where('leads.created_at', '<', period.to);
