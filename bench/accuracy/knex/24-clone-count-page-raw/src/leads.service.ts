import { db } from './db';

export async function pageOfUser(userId: number, page: number, since?: Date) {
  const base = db('leads').where('user_id', userId);
  if (since) base.andWhere('created_at', '>=', since);
  const [{ count }] = await base.clone().count({ count: '*' }); // expect: scans-all [kx24a]
  const rows = await base.clone().orderBy('id', 'desc').limit(20).offset((page - 1) * 20); // expect: scans-all [kx24b]
  return { count, rows };
}

export async function pageOfMonth(from: Date, to: Date, page: number) {
  const base = db('leads').whereBetween('created_at', [from, to]);
  const [{ count }] = await base.clone().count({ count: '*' }); // expect: prunes [kx24c]
  const rows = await base.clone().limit(20).offset((page - 1) * 20); // expect: prunes [kx24d]
  return { count, rows };
}

export async function searchRecent(term: string, since: Date) {
  return db('leads')
    .where('created_at', '>=', since)
    .andWhere((qb) => qb.where('email', 'ilike', `%${term}%`).orWhere('company', 'ilike', `%${term}%`)); // expect: prunes [kx24e]
}

export async function dailyCounts(userId: number) {
  const { rows } = await db.raw(
    `SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = ? GROUP BY 1`,
    [userId],
  ); // expect: scans-all [kx24f]
  return rows;
}
