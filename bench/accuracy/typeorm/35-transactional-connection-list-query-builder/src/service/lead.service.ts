import { Injectable } from '@nestjs/common';
import { MoreThanOrEqual } from 'typeorm';
import type { RequestContext } from '../connection/request-context';
import { TransactionalConnection } from '../connection/transactional-connection';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';
import { ListQueryBuilder, type ListQueryOptions } from '../helpers/list-query-builder';

export interface PaginatedList<T> {
  items: T[];
  totalItems: number;
}

@Injectable()
export class LeadService {
  constructor(
    private connection: TransactionalConnection,
    private listQueryBuilder: ListQueryBuilder,
  ) {}

  findAll(ctx: RequestContext, options?: ListQueryOptions): Promise<PaginatedList<Lead>> {
    return this.listQueryBuilder
      .build(Lead, options, { ctx, where: { userId: ctx.activeUserId } })
      .getManyAndCount() // expect: scans-all [to35a] cross
      .then(([items, totalItems]) => ({ items, totalItems }));
  }

  findCreatedSince(ctx: RequestContext, since: Date): Promise<Lead[]> {
    return this.listQueryBuilder
      .build(Lead, { take: 100 }, { ctx, where: { userId: ctx.activeUserId, createdAt: MoreThanOrEqual(since) } })
      .getMany(); // expect: prunes [to35b] cross
  }

  findOne(ctx: RequestContext, id: string): Promise<Lead> {
    return this.connection.getEntityOrThrow(ctx, Lead, id); // expect: scans-all [to35c] cross
  }

  getOutputs(ctx: RequestContext, leadId: string): Promise<AgentOutput[]> {
    return this.connection.getRepository(ctx, AgentOutput).find({ where: { leadId }, order: { createdAt: 'DESC' } }); // expect-also: [to35d]
  }

  async transitionStatus(ctx: RequestContext, lead: Lead, status: string): Promise<Lead> {
    await this.connection.getRepository(ctx, Lead).update({ id: lead.id, createdAt: lead.createdAt }, { status }); // expect: prunes [to35e]
    return Object.assign(lead, { status });
  }

  async statusCounts(ctx: RequestContext, start: Date, end: Date): Promise<Array<{ status: string; count: string }>> {
    return this.connection
      .getRepository(ctx, Lead)
      .createQueryBuilder('lead')
      .select('lead.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('lead.userId = :userId', { userId: ctx.activeUserId })
      .andWhere('lead.createdAt BETWEEN :start AND :end', { start, end })
      .groupBy('lead.status')
      .getRawMany(); // expect: prunes [to35f]
  }
}
