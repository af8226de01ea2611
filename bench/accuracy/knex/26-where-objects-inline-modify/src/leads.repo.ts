import { db } from './db';

interface Filters {
  userId: number;
  status?: string;
  from?: Date;
  to?: Date;
}

export async function list(filters: Filters) {
  const where: Record<string, unknown> = { user_id: filters.userId };
  if (filters.status) where.status = filters.status;
  return db('leads')
    .where(where)
    .modify((qb) => {
      if (filters.from) qb.where('created_at', '>=', filters.from);
      if (filters.to) qb.where('created_at', '<', filters.to);
    })
    .orderBy('id', 'desc'); // expect: scans-all [kx26a]
}

export async function month(userId: number, from: Date, to: Date, status?: string) {
  return db('leads')
    .where({ user_id: userId })
    .whereBetween('created_at', [from, to])
    .modify((qb) => {
      if (status) qb.where({ status });
    }); // expect: prunes [kx26b]
}

export async function outputsOf(leadIds: number[]) {
  return db.select('lead_id', 'kind').from('agent_outputs').whereIn('lead_id', leadIds).orderBy('id'); // expect: scans-all [kx26c]
}

export async function countNewSince(since: Date) {
  const [{ n }] = await db('leads').where({ status: 'new' }).andWhere('created_at', '>=', since).count('* as n'); // expect: prunes [kx26d]
  return Number(n);
}
