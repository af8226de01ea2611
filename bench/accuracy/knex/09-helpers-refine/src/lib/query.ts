import type { Knex } from 'knex';

export function inMonth(qb: Knex.QueryBuilder, start: Date) {
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return qb.where('created_at', '>=', start).andWhere('created_at', '<', end);
}

export function paginate(qb: Knex.QueryBuilder, page: number, size = 20) {
  return qb.orderBy('id', 'desc').limit(size).offset(page * size);
}
