import { Injectable } from '@nestjs/common';
import { Kysely } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import { DummyValue, GenerateSql } from 'src/decorators';
import { DB } from 'src/schema';
import { LeadSearchBuilderOptions, searchLeadBuilder } from 'src/utils/database';

export interface SearchPaginationOptions {
  page: number;
  size: number;
}

export interface LeadSearchOptions extends LeadSearchBuilderOptions {
  orderDirection?: 'asc' | 'desc';
}

@Injectable()
export class SearchRepository {
  constructor(@InjectKysely() private db: Kysely<DB>) {}

  @GenerateSql({ params: [{ page: 1, size: 100 }, { userIds: [DummyValue.UUID] }] })
  async searchMetadata(pagination: SearchPaginationOptions, options: LeadSearchOptions) {
    const orderDirection = options.orderDirection ?? 'desc';
    const items = await searchLeadBuilder(this.db, options)
      .selectAll('leads')
      .orderBy('leads.created_at', orderDirection)
      .limit(pagination.size + 1)
      .offset((pagination.page - 1) * pagination.size)
      .execute(); // expect: scans-all [ky42i] cross
    const hasNextPage = items.length > pagination.size;
    return { items: hasNextPage ? items.slice(0, -1) : items, hasNextPage };
  }

  @GenerateSql({ params: [{ userIds: [DummyValue.UUID] }] })
  searchStatistics(options: LeadSearchOptions) {
    return searchLeadBuilder(this.db, options)
      .select((qb) => qb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(); // expect: scans-all [ky42j] cross
  }

  @GenerateSql({ params: [[DummyValue.UUID], DummyValue.DATE] })
  getRecentForUsers(userIds: string[], since: Date) {
    return searchLeadBuilder(this.db, { userIds, createdAfter: since })
      .selectAll('leads')
      .orderBy('leads.created_at', 'desc')
      .execute(); // expect: prunes [ky42k] cross
  }
}
