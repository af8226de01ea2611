import { type FindManyOptions, MoreThanOrEqual } from 'typeorm';
import type { Lead } from '../entities/lead.entity';

export class RecentLeadsQuery {
  constructor(private readonly since: Date) {}

  toFindOptions(): FindManyOptions<Lead> {
    return { where: { createdAt: MoreThanOrEqual(this.since) }, order: { createdAt: 'DESC' } };
  }
}

export class WonLeadsQuery {
  toFindOptions(): FindManyOptions<Lead> {
    return { where: { status: 'won' }, take: 100 };
  }
}
