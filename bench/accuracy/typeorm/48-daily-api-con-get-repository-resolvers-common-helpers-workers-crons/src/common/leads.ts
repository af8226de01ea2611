import { type DataSource, type EntityManager, MoreThanOrEqual } from 'typeorm';
import { Lead } from '../entity';

export class NotFoundError extends Error {}

// The lead conditions every feed shares; the period is optional.
export const ownedLeadsWhere = (userId: string, since?: Date) => ({
  userId,
  ...(since && { createdAt: MoreThanOrEqual(since) }),
});

export const getLeadsQueryBuilder = (con: DataSource | EntityManager, userId: string) =>
  con.getRepository(Lead).createQueryBuilder('l').where('l.userId = :userId', { userId }).orderBy('l.createdAt', 'DESC');

export const ensureLeadAccess = async (con: DataSource | EntityManager, id: string, userId: string): Promise<Lead> => {
  const lead = await con.getRepository(Lead).findOneBy({ id, userId }); // expect: scans-all [to48a]
  if (!lead) {
    throw new NotFoundError('lead not found');
  }
  return lead;
};
