import { Injectable } from '@nestjs/common';
import { Kysely, sql, Updateable } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import { DummyValue, GenerateSql } from 'src/decorators';
import { DB, LeadTable } from 'src/schema';
import { CreatedWindow, withCreatedWindow } from 'src/utils/database';

export interface LeadSearch {
  userId?: string;
  status?: string;
  createdAfter?: Date;
}

@Injectable()
export class LeadRepository {
  constructor(@InjectKysely() private db: Kysely<DB>) {}

  @GenerateSql({ params: [{ userId: DummyValue.UUID }] })
  search(options: LeadSearch) {
    const { userId, status, createdAfter } = options;

    return this.db
      .selectFrom('leads')
      .selectAll('leads')
      .$if(!!userId, (qb) => qb.where('leads.user_id', '=', userId!))
      .$if(!!status, (qb) => qb.where('leads.status', '=', status!))
      .$if(!!createdAfter, (qb) => qb.where('leads.created_at', '>=', createdAfter!))
      .orderBy('leads.created_at', 'desc')
      .execute(); // expect: scans-all [ky42a]
  }

  @GenerateSql({ params: [DummyValue.UUID] })
  getById(id: string) {
    return this.db.selectFrom('leads').selectAll('leads').where('leads.id', '=', id).executeTakeFirst(); // expect: scans-all [ky42b]
  }

  async update(id: string, createdAt: Date, dto: Updateable<LeadTable>) {
    return this.db
      .updateTable('leads')
      .set(dto)
      .where('id', '=', id)
      .where('created_at', '=', createdAt)
      .returningAll()
      .executeTakeFirstOrThrow(); // expect: prunes [ky42c]
  }

  @GenerateSql({ params: [DummyValue.UUID, { from: DummyValue.DATE, to: DummyValue.DATE }] })
  async getStatistics(userId: string, window: CreatedWindow): Promise<{ open: number; won: number }> {
    return this.db
      .selectFrom('leads')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('leads.status', '=', 'new').as('open'),
        eb.fn.countAll<number>().filterWhere('leads.status', '=', 'won').as('won'),
      ])
      .where('leads.user_id', '=', userId)
      .$call((qb) => withCreatedWindow(qb, window))
      .executeTakeFirstOrThrow(); // expect: prunes [ky42d] cross
  }

  @GenerateSql({ params: [DummyValue.UUID] })
  getTimeBuckets(userId: string) {
    return this.db
      .selectFrom('leads')
      .select((eb) => [sql<string>`date_trunc('month', "created_at")`.as('timeBucket'), eb.fn.countAll<number>().as('count')])
      .where('user_id', '=', userId)
      .groupBy('timeBucket')
      .orderBy('timeBucket', 'desc')
      .execute(); // expect: scans-all [ky42e]
  }
}
