import { Inject, Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DI } from '../di-symbols';
import type { AgentOutputsRepository } from '../models/_';

@Injectable()
export class QueryService {
  constructor(
    @Inject(DI.agentOutputsRepository)
    private agentOutputsRepository: AgentOutputsRepository,
  ) {}

  public makePaginationQuery<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, sinceId?: string | null, untilId?: string | null, sinceDate?: number | null, untilDate?: number | null): SelectQueryBuilder<T> {
    if (sinceId && untilId) {
      q.andWhere(`${q.alias}.id > :sinceId`, { sinceId: sinceId });
      q.andWhere(`${q.alias}.id < :untilId`, { untilId: untilId });
      q.orderBy(`${q.alias}.id`, 'DESC');
    } else if (sinceId) {
      q.andWhere(`${q.alias}.id > :sinceId`, { sinceId: sinceId });
      q.orderBy(`${q.alias}.id`, 'ASC');
    } else if (untilId) {
      q.andWhere(`${q.alias}.id < :untilId`, { untilId: untilId });
      q.orderBy(`${q.alias}.id`, 'DESC');
    } else if (sinceDate && untilDate) {
      q.andWhere(`${q.alias}.createdAt > :sinceDate`, { sinceDate: new Date(sinceDate) });
      q.andWhere(`${q.alias}.createdAt < :untilDate`, { untilDate: new Date(untilDate) });
      q.orderBy(`${q.alias}.createdAt`, 'DESC');
    } else if (sinceDate) {
      q.andWhere(`${q.alias}.createdAt > :sinceDate`, { sinceDate: new Date(sinceDate) });
      q.orderBy(`${q.alias}.createdAt`, 'ASC');
    } else if (untilDate) {
      q.andWhere(`${q.alias}.createdAt < :untilDate`, { untilDate: new Date(untilDate) });
      q.orderBy(`${q.alias}.createdAt`, 'DESC');
    } else {
      q.orderBy(`${q.alias}.id`, 'DESC');
    }
    return q;
  }

  /** Keeps the rows the user owns. */
  public generateOwnedQuery<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, me: { id: string }): SelectQueryBuilder<T> {
    return q.andWhere(`${q.alias}.userId = :meId`, { meId: me.id });
  }

  /** Outputs of a lead produced since a date. */
  public generateRecentOutputsQuery(leadId: string, since: Date) {
    return this.agentOutputsRepository
      .createQueryBuilder('output')
      .where('output.leadId = :leadId', { leadId })
      .andWhere('output.createdAt >= :since', { since })
      .orderBy('output.createdAt', 'DESC');
  }
}
