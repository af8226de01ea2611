import { Injectable } from '@nestjs/common';
import type { ExpressionBuilder } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { InjectKysely } from 'nestjs-kysely';
import { executeWithPagination } from '../../pagination/pagination';
import type { DB } from '../../types/db';
import type { KyselyDB, KyselyTransaction } from '../../types/kysely.types';
import { dbOrTx } from '../../utils';

export type PaginationOptions = { page: number; limit: number };

@Injectable()
export class LeadRepo {
  constructor(@InjectKysely() private readonly db: KyselyDB) {}

  async findById(leadId: number, opts?: { createdAt?: Date; trx?: KyselyTransaction }) {
    const db = dbOrTx(this.db, opts?.trx);

    let query = db.selectFrom('leads').selectAll('leads').select((eb) => this.withCampaign(eb)).where('id', '=', leadId);
    if (opts?.createdAt) {
      query = query.where('createdAt', '=', opts.createdAt);
    }
    return query.executeTakeFirst(); // expect: scans-all [ky36a]
  }

  async findLeadsByUser(userId: number, pagination: PaginationOptions) {
    const query = this.db.selectFrom('leads').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc');

    return executeWithPagination(query, {
      page: pagination.page,
      perPage: pagination.limit,
    }); // expect: scans-all [ky36b] cross
  }

  async findLeadsInMonth(userId: number, month: Date, pagination: PaginationOptions) {
    const start = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1));
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const query = this.db
      .selectFrom('leads')
      .selectAll()
      .where('userId', '=', userId)
      .where('createdAt', '>=', start)
      .where('createdAt', '<', end)
      .orderBy('createdAt', 'desc');

    return executeWithPagination(query, { page: pagination.page, perPage: pagination.limit }); // expect: prunes [ky36c] cross
  }

  searchQuery(userId: number, q: string) {
    return this.db.selectFrom('leads').selectAll().where('userId', '=', userId).where('company', 'ilike', `%${q}%`).orderBy('createdAt', 'desc');
  }

  async updateLead(leadId: number, createdAt: Date, status: string, trx?: KyselyTransaction) {
    const db = dbOrTx(this.db, trx);
    return db.updateTable('leads').set({ status }).where('id', '=', leadId).where('createdAt', '=', createdAt).executeTakeFirst(); // expect: prunes [ky36f]
  }

  withCampaign(eb: ExpressionBuilder<DB, 'leads'>) {
    return jsonObjectFrom(eb.selectFrom('campaigns').select(['campaigns.id', 'campaigns.name']).whereRef('campaigns.id', '=', 'leads.campaignId')).as('campaign');
  }
}
