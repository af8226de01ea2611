import type { Knex } from 'knex';

export function withinRange(qb: Knex.QueryBuilder, range: { from: Date; to: Date }, column = 'created_at'): Knex.QueryBuilder {
  return qb.where(column, '>=', range.from).andWhere(column, '<', range.to);
}
