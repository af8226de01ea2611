import type { Db } from '../../db/index';
import { applyGenericQueryParams, applySearchFilters, withinPeriod, type IQueryParam } from './search-utils';

export interface ILeadSearchParams {
  userId: number;
  searchParams?: string[];
  offset: number;
  limit: number;
}

export class LeadSearchStore {
  private db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async searchLeads(params: ILeadSearchParams, queryParams: IQueryParam[]) {
    const rows = await this.db('leads')
      .select('id', 'company', 'email', 'status', 'created_at', this.db.raw('count(*) OVER() AS total'))
      .where('user_id', params.userId)
      .modify(applySearchFilters, params.searchParams, ['company', 'email'])
      .modify(applyGenericQueryParams, queryParams)
      .orderBy('created_at', 'desc')
      .limit(params.limit)
      .offset(params.offset); // expect: scans-all [kx47m] cross
    return { leads: rows, total: rows.length > 0 ? Number(rows[0].total) : 0 };
  }

  async getLeadsCreatedBetween(userId: number, from: Date, to: Date) {
    return this.db('leads').select('id', 'status').where('user_id', userId).modify(withinPeriod, from, to); // expect: prunes [kx47n] cross
  }
}
