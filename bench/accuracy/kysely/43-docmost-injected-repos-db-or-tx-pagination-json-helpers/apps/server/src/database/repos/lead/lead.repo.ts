import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { KyselyDB, KyselyTransaction } from '../../types/kysely.types';
import { DB, Leads } from '../../types/db';
import { dbOrTx } from '../../utils';
import { executeWithPagination } from '../../pagination/pagination';
import { PaginationOptions } from '../../pagination/pagination-options';

@Injectable()
export class LeadRepo {
  constructor(@InjectKysely() private readonly db: KyselyDB) {}

  private baseFields: Array<keyof Leads> = [
    'id',
    'userId',
    'campaignId',
    'company',
    'email',
    'status',
    'createdAt',
  ];

  async findById(
    leadId: string,
    opts?: { trx?: KyselyTransaction },
  ) {
    const db = dbOrTx(this.db, opts?.trx);

    return db
      .selectFrom('leads')
      .select(this.baseFields)
      .where('id', '=', leadId)
      .executeTakeFirst(); // expect: scans-all [ky43a]
  }

  async findWithOutputs(leadId: string, createdAt: Date) {
    return this.db
      .selectFrom('leads')
      .select(this.baseFields)
      .select((eb) => this.withOutputs(eb))
      .where('id', '=', leadId)
      .where('createdAt', '=', createdAt)
      .executeTakeFirst(); // expect: scans-all [ky43j] cross
  }

  async updateLead(
    updatableLead: Partial<Pick<Leads, 'company' | 'email' | 'status'>>,
    leadId: string,
    createdAt: Date,
    trx?: KyselyTransaction,
  ) {
    const db = dbOrTx(this.db, trx);
    return db
      .updateTable('leads')
      .set(updatableLead)
      .where('id', '=', leadId)
      .where('createdAt', '=', createdAt)
      .executeTakeFirst(); // expect: prunes [ky43b] cross
  }

  async getUserLeads(userId: string, pagination: PaginationOptions) {
    const query = this.db
      .selectFrom('leads')
      .select(this.baseFields)
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc');

    return executeWithPagination(query, {
      page: pagination.page,
      perPage: pagination.limit,
    });
  }

  async getCampaignLeads(campaignId: string, pagination: PaginationOptions) {
    const query = this.db
      .selectFrom('leads')
      .select(this.baseFields)
      .where('campaignId', '=', campaignId)
      .orderBy('createdAt', 'desc');

    return executeWithPagination(query, {
      page: pagination.page,
      perPage: pagination.limit,
    });
  }

  async getRecentLeads(userId: string, since: Date) {
    return this.db
      .selectFrom('leads')
      .select(this.baseFields)
      .where('userId', '=', userId)
      .where('createdAt', '>=', since)
      .orderBy('createdAt', 'desc')
      .execute(); // expect: prunes [ky43d] cross
  }

  async deleteLead(leadId: string): Promise<void> {
    await this.db.deleteFrom('leads').where('id', '=', leadId).execute(); // expect: scans-all [ky43e]
  }

  withOutputs(eb: ExpressionBuilder<DB, 'leads'>) {
    return jsonArrayFrom(
      eb
        .selectFrom('agentOutputs')
        .select(['agentOutputs.id', 'agentOutputs.kind', 'agentOutputs.createdAt'])
        .whereRef('agentOutputs.leadId', '=', 'leads.id'),
    ).as('outputs');
  }
}
