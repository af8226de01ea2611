import { db } from './db';

export async function microsoftLeads() {
  return db('leads').where({ company: 'Microsoft' }); // expect: scans-all [kx02a]
}

export async function recentLeads(since: Date) {
  return db('leads').where('created_at', '>=', since).andWhere({ status: 'new' }); // expect: prunes [kx02b]
}

export const countByStatus = async (status: string) => {
  const [row] = await db('leads').where({ status }).count({ n: '*' }); // expect: scans-all [kx02c]
  return Number(row?.n ?? 0);
};
