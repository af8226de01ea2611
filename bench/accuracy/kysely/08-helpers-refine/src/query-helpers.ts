import type { SelectQueryBuilder } from 'kysely';
import type { DB } from './types';

export function lastDays<O>(qb: SelectQueryBuilder<DB, 'leads', O>, days: number) {
  return qb.where('created_at', '>=', new Date(Date.now() - days * 86_400_000));
}

export function page<O>(qb: SelectQueryBuilder<DB, 'leads', O>, n: number) {
  return qb.orderBy('id', 'desc').limit(25).offset(n * 25);
}
