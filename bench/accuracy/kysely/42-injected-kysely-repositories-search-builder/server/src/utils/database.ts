import { Kysely, SelectQueryBuilder } from 'kysely';
import { DB } from 'src/schema';

export interface LeadSearchBuilderOptions {
  userIds?: string[];
  status?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  withArchivedCampaigns?: boolean;
}

export interface CreatedWindow {
  from: Date;
  to: Date;
}

/** Restricts a leads query to the window the dashboard shows. */
export function withCreatedWindow<O>(qb: SelectQueryBuilder<DB, 'leads', O>, window: CreatedWindow) {
  return qb.where('leads.created_at', '>=', window.from).where('leads.created_at', '<', window.to);
}

export function searchLeadBuilder(kysely: Kysely<DB>, options: LeadSearchBuilderOptions) {
  return kysely
    .selectFrom('leads')
    .$if(!!options.userIds, (qb) => qb.where('leads.user_id', 'in', options.userIds!))
    .$if(!!options.status, (qb) => qb.where('leads.status', '=', options.status!))
    .$if(!!options.createdAfter, (qb) => qb.where('leads.created_at', '>=', options.createdAfter!))
    .$if(!!options.createdBefore, (qb) => qb.where('leads.created_at', '<=', options.createdBefore!));
}
