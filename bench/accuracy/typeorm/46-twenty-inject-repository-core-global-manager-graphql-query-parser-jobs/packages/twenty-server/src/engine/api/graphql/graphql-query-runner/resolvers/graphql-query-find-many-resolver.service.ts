import { Injectable } from '@nestjs/common';
import { TwentyORMGlobalManager } from '../../../../twenty-orm/twenty-orm-global.manager';
import { GraphqlQueryParser, type RecordFilter, type RecordOrderBy } from '../graphql-query-parsers/graphql-query.parser';
import type { Lead } from '../../../../core-modules/lead/lead.entity';

@Injectable()
export class GraphqlQueryFindManyResolverService {
  constructor(private readonly twentyORMGlobalManager: TwentyORMGlobalManager) {}

  async resolve(workspaceId: string, args: { filter?: RecordFilter; orderBy?: RecordOrderBy[]; first?: number }) {
    const repository = await this.twentyORMGlobalManager.getRepositoryForWorkspace<Lead>(workspaceId, 'Lead');
    const parser = new GraphqlQueryParser();
    const queryBuilder = repository.createQueryBuilder('lead');
    parser.applyFilterToBuilder(queryBuilder, 'lead', args.filter ?? {});
    parser.applyOrderToBuilder(queryBuilder, args.orderBy ?? [{ createdAt: 'DescNullsLast' }], 'lead');

    const totalCount = await queryBuilder.clone().getCount(); // expect: scans-all [to46g] cross
    const limit = args.first ?? 60;
    const records = await queryBuilder.take(limit + 1).getMany(); // expect: scans-all [to46f] cross
    return { records: records.slice(0, limit), totalCount, hasNextPage: records.length > limit };
  }
}
