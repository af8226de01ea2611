import { In, MoreThanOrEqual } from 'typeorm';
import { AppDataSource } from './data-source';
import { Lead } from './entities/lead.entity';

const repo = AppDataSource.getRepository(Lead);

export async function vipOrRecent(userId: string, since: Date) {
  return repo.find({ where: [{ userId, createdAt: MoreThanOrEqual(since) }, { userId, status: 'vip' }] }); // expect: scans-all [to25a]
}

export async function recentOfStatuses(since: Date, statuses: string[]) {
  return repo.find({ where: [{ createdAt: MoreThanOrEqual(since), status: In(statuses) }, { createdAt: MoreThanOrEqual(since), company: 'Acme' }] }); // expect: prunes [to25b]
}

export async function report(userId: string, since?: Date) {
  const qb = repo.createQueryBuilder('lead').select('lead.status', 'status').addSelect('COUNT(*)', 'n').where('lead.userId = :userId', { userId });
  if (since) {
    qb.andWhere('lead.createdAt >= :since', { since });
  }
  return qb.groupBy('lead.status').getRawMany(); // expect: scans-all [to25c]
}

export async function emailsOfIds(ids: string[], from: Date, to: Date) {
  return repo
    .createQueryBuilder('lead')
    .select(['lead.id', 'lead.email'])
    .whereInIds(ids)
    .andWhere('lead.createdAt >= :from AND lead.createdAt < :to', { from, to })
    .getMany(); // expect: prunes [to25d]
}
