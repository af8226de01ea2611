import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Lead } from '../entities/lead.entity';

@Injectable()
export class LeadRepository extends Repository<Lead> {
  constructor(dataSource: DataSource) {
    super(Lead, dataSource.createEntityManager());
  }

  recentOfUser(userId: string, since: Date) {
    return this.createQueryBuilder('l').where('l.userId = :userId', { userId }).andWhere('l.createdAt >= :since', { since }).getMany(); // expect: prunes [to04a]
  }

  ofUser(userId: string) {
    return this.createQueryBuilder('l').where('l.userId = :userId', { userId }).getMany(); // expect: scans-all [to04b]
  }
}
