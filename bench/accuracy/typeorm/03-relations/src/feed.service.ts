import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Injectable()
export class FeedService {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  feed(since: Date) {
    return this.leads.find({ where: { createdAt: MoreThanOrEqual(since) }, relations: { outputs: true } }); // expect: scans-all [to03a]
  }

  feedKeyed(since: Date) {
    return this.leads
      .createQueryBuilder('lead')
      .leftJoinAndSelect('lead.outputs', 'o', 'o.createdAt >= :since', { since })
      .where('lead.createdAt >= :since', { since })
      .getMany(); // expect: prunes [to03b]
  }

  withOutputsOfKind(since: Date, kind: string) {
    return this.leads
      .createQueryBuilder('lead')
      .innerJoin('lead.outputs', 'o')
      .where('lead.createdAt >= :since', { since })
      .andWhere('o.kind = :kind', { kind })
      .getMany(); // expect: scans-all [to03c]
  }
}
