import type { QueryBuilder } from 'objection';
import type { Lead } from '../models/Lead';

/** Leads created in either of two windows (e.g. this month and the same month last year). */
export function inEitherWindow(qb: QueryBuilder<Lead>, a: { from: Date; to: Date }, b: { from: Date; to: Date }) {
  return qb.where((inner) =>
    inner.where((w) => w.where('created_at', '>=', a.from).where('created_at', '<', a.to)).orWhere((w) => w.where('created_at', '>=', b.from).where('created_at', '<', b.to)),
  );
}

/** Recent leads, or any VIP lead whatever its age. */
export function recentOrVip(qb: QueryBuilder<Lead>, since: Date) {
  return qb.where((inner) => inner.where('created_at', '>=', since).orWhere('status', 'vip'));
}
