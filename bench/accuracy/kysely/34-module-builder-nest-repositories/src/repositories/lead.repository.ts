import { Injectable } from '@nestjs/common';
import { Kysely, sql } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import type { DB } from '../db/types';
import { anyTimestamp, type LeadSearchOptions, searchLeadBuilder } from '../utils/database';

const builder = (db: Kysely<DB>) =>
  db
    .selectFrom('leads')
    .innerJoin('campaigns', (join) => join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id'))
    .select(['leads.id', 'leads.email', 'leads.created_at', 'campaigns.name as campaignName'])
    .where('leads.status', '!=', 'deleted');

@Injectable()
export class LeadRepository {
  constructor(@InjectKysely() private db: Kysely<DB>) {}

  exportUserId(userId: number) {
    return builder(this.db).where('leads.user_id', '=', userId).stream(); // expect-also: [ky34a]
  }

  exportRange(userId: number, from: Date, to: Date) {
    return builder(this.db)
      .where('leads.user_id', '=', userId)
      .where('leads.created_at', '>=', from)
      .where('leads.created_at', '<', to)
      .execute(); // expect: prunes [ky34b] cross
  }

  getByDays(userId: number, days: Date[]) {
    return this.db
      .selectFrom('leads')
      .selectAll()
      .where('user_id', '=', userId)
      .where('created_at', '=', anyTimestamp(days))
      .execute(); // expect: prunes [ky34c] cross
  }

  getMonthBuckets(userId: number) {
    return this.db
      .selectFrom('leads')
      .select((eb) => [sql<string>`date_trunc('month', created_at)`.as('bucket'), eb.fn.countAll<number>().as('count')])
      .where('user_id', '=', userId)
      .groupBy('bucket')
      .orderBy('bucket', 'desc')
      .execute(); // expect: scans-all [ky34d]
  }

  search(options: LeadSearchOptions, size: number) {
    return searchLeadBuilder(this.db, options).orderBy('leads.created_at', 'desc').limit(size).execute(); // expect: scans-all [ky34e] cross
  }

  searchRecent(userId: number) {
    return searchLeadBuilder(this.db, { userIds: [userId], createdAfter: new Date(Date.now() - 30 * 86_400_000) })
      .orderBy('leads.created_at', 'desc')
      .execute(); // expect: prunes [ky34f] cross
  }
}
