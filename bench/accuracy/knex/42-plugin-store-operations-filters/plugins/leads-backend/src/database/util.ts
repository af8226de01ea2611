import { Knex } from 'knex';
import { Page, TimeWindow } from './tables';

// Shared by every list endpoint so that paging behaves the same everywhere.
export function applyPagination<T extends {}>(query: Knex.QueryBuilder<T>, page: Page): Knex.QueryBuilder<T> {
  return query.orderBy('created_at', 'desc').limit(page.limit).offset(page.offset);
}

// A month (or any range) window on the creation time, inclusive start and exclusive end.
export function applyTimeWindow<T extends {}>(query: Knex.QueryBuilder<T>, window: TimeWindow): Knex.QueryBuilder<T> {
  return query.where('leads.created_at', '>=', window.start).andWhere('leads.created_at', '<', window.end);
}

// The lead columns plus the campaign name, used by the detail view.
export function leadsWithCampaign(db: Knex) {
  return db('leads')
    .leftJoin('campaigns', function joinCampaign() {
      this.on('campaigns.id', '=', 'leads.campaign_id').andOn('campaigns.user_id', '=', 'leads.user_id');
    })
    .select('leads.*', 'campaigns.name as campaign_name');
}
