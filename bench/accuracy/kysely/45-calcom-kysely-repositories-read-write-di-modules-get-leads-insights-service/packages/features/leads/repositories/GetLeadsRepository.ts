import type { Kysely } from 'kysely';
import type { KyselyDatabase } from '@calcom/kysely';

export type LeadFilters = {
  status?: string[];
  campaignIds?: number[];
  afterCreatedDate?: string;
  beforeCreatedDate?: string;
};

export class GetLeadsRepository {
  constructor(private readonly readDb: Kysely<KyselyDatabase>) {}

  private buildBaseQuery(userId: number, filters: LeadFilters) {
    let query = this.readDb.selectFrom('leads').where('leads.user_id', '=', userId);
    if (filters.status?.length) {
      query = query.where('leads.status', 'in', filters.status);
    }
    if (filters.campaignIds?.length) {
      query = query.where('leads.campaign_id', 'in', filters.campaignIds);
    }
    if (filters.afterCreatedDate) {
      query = query.where('leads.created_at', '>=', new Date(filters.afterCreatedDate));
    }
    if (filters.beforeCreatedDate) {
      query = query.where('leads.created_at', '<=', new Date(filters.beforeCreatedDate));
    }
    return query;
  }

  async getLeads({ userId, filters, limit, offset }: { userId: number; filters: LeadFilters; limit: number; offset: number }) {
    const baseQuery = this.buildBaseQuery(userId, filters);
    const [leads, total] = await Promise.all([
      baseQuery.selectAll('leads').orderBy('leads.created_at', 'desc').limit(limit).offset(offset).execute(), // expect: scans-all [ky45i] cross
      baseQuery.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst(), // expect: scans-all [ky45j] cross
    ]);
    return { leads, totalCount: Number(total?.count ?? 0) };
  }
}
