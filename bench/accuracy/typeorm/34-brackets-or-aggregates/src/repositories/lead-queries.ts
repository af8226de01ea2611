import { Brackets, In } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Lead } from '../entities/lead.entity';

const leads = AppDataSource.getRepository(Lead);

export function followUpsQuery(userId: string, since: Date) {
  return leads
    .createQueryBuilder('lead')
    .where('lead.userId = :userId', { userId })
    .andWhere(new Brackets((b) => b.where('lead.createdAt >= :since', { since }).orWhere('lead.status = :vip', { vip: 'vip' })));
}

export function twoWindowsQuery(a: { from: Date; to: Date }, b: { from: Date; to: Date }) {
  return leads
    .createQueryBuilder('lead')
    .where('lead.createdAt >= :af AND lead.createdAt < :at', { af: a.from, at: a.to })
    .orWhere('lead.createdAt >= :bf AND lead.createdAt < :bt', { bf: b.from, bt: b.to });
}

export const lastLeadAt = (userId: string) => leads.maximum('createdAt', { userId }); // expect-also: [to34c]

export const leadsOnDays = (days: Date[]) => leads.find({ where: { createdAt: In(days) } });
