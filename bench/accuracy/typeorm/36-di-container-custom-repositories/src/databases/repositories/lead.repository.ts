import { Service } from '@n8n/di';
import { DataSource, type FindOneOptions, In, Repository } from 'typeorm';
import { Lead } from '../entities/lead.entity';

export interface LeadRangeQuery {
  userId: string;
  since?: Date;
  lastId?: string;
  limit: number;
}

@Service()
export class LeadRepository extends Repository<Lead> {
  constructor(dataSource: DataSource) {
    super(Lead, dataSource.manager);
  }

  async findSingleLead(id: string, options?: { where?: FindOneOptions<Lead>['where'] }) {
    return this.findOne({
      where: {
        id,
        ...options?.where,
      },
    }); // expect-also: [to36a]
  }

  async findManyByRangeQuery(query: LeadRangeQuery) {
    const qb = this.createQueryBuilder('lead').where('lead.userId = :userId', { userId: query.userId });

    if (query.since) qb.andWhere('lead.createdAt >= :since', { since: query.since });
    if (query.lastId) qb.andWhere('lead.id < :lastId', { lastId: query.lastId });

    return qb.orderBy('lead.id', 'DESC').limit(query.limit).getMany(); // expect: scans-all [to36e]
  }

  async deleteByIds(ids: string[]) {
    return this.delete({ id: In(ids) }); // expect-also: [to36f]
  }
}
