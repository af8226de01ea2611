import type { QueryBuilder } from 'objection';
import type { Lead } from './models/Lead';

export function withinDays(qb: QueryBuilder<Lead>, days: number) {
  return qb.where('created_at', '>=', new Date(Date.now() - days * 86_400_000));
}

export function onlyStatus(qb: QueryBuilder<Lead>, status: string) {
  return qb.where('status', status);
}
