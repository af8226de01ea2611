import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/types';

/** `= any($1::timestamptz[])`: one parameter for the whole list instead of one per value. */
export const anyTimestamp = (dates: Date[]) => sql<Date>`any(${dates.map((d) => d.toISOString())}::timestamptz[])`;

export interface LeadSearchOptions {
  userIds?: number[];
  campaignId?: number;
  status?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  withDeleted?: boolean;
}

export function searchLeadBuilder(kysely: Kysely<DB>, options: LeadSearchOptions) {
  return kysely
    .selectFrom('leads')
    .selectAll('leads')
    .$if(!!options.userIds, (qb) => qb.where('leads.user_id', 'in', options.userIds!))
    .$if(!!options.campaignId, (qb) => qb.where('leads.campaign_id', '=', options.campaignId!))
    .$if(!!options.status, (qb) => qb.where('leads.status', '=', options.status!))
    .$if(!!options.createdAfter, (qb) => qb.where('leads.created_at', '>=', options.createdAfter!))
    .$if(!!options.createdBefore, (qb) => qb.where('leads.created_at', '<=', options.createdBefore!))
    .$if(!options.withDeleted, (qb) => qb.where('leads.status', '!=', 'deleted'));
}
