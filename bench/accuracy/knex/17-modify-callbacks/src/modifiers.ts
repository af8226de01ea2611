import type { Knex } from 'knex';

export function withinDays(qb: Knex.QueryBuilder, days: number) {
  qb.where('created_at', '>=', new Date(Date.now() - days * 86_400_000));
}

export function withStatus(qb: Knex.QueryBuilder, status: string) {
  qb.where('status', status);
}
