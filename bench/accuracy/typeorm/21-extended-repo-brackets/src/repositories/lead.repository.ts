import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, Repository } from 'typeorm';
import { Lead } from '../entities/lead.entity';
import { applyKeyword } from '../utils/filters';

export interface RangeQuery {
  userId: string;
  startedAfter?: Date;
  startedBefore?: Date;
  keyword?: string;
}

@Injectable()
export class LeadRepository extends Repository<Lead> {
  constructor(dataSource: DataSource) {
    super(Lead, dataSource.manager);
  }

  async findManyByRange(query: RangeQuery): Promise<Lead[]> {
    const qb = this.createQueryBuilder('lead').where('lead.userId = :userId', { userId: query.userId });
    if (query.startedAfter) qb.andWhere('lead.createdAt >= :after', { after: query.startedAfter });
    if (query.startedBefore) qb.andWhere('lead.createdAt < :before', { before: query.startedBefore });
    applyKeyword(qb, 'lead', query.keyword);
    return qb.orderBy('lead.id', 'DESC').getMany(); // expect: scans-all [to21a] cross
  }

  async searchInWindow(from: Date, to: Date, keyword?: string): Promise<Lead[]> {
    const qb = this.createQueryBuilder('l').where('l.createdAt BETWEEN :from AND :to', { from, to });
    applyKeyword(qb, 'l', keyword);
    return qb.getMany(); // expect: prunes [to21b] cross
  }

  async findOneById(id: string): Promise<Lead | null> {
    return this.findOne({ where: { id } }); // expect: scans-all [to21c]
  }

  async countSince(since: Date): Promise<number> {
    return this.createQueryBuilder('lead').where('lead.createdAt >= :since', { since }).andWhere(new Brackets((b) => b.where('lead.status = :a', { a: 'new' }).orWhere('lead.status = :b', { b: 'open' }))).getCount(); // expect: prunes [to21d]
  }
}
