import type { QueryBuilder, Model } from 'objection';

export function inRange<M extends Model>(qb: QueryBuilder<M>, range: { from: Date; to: Date }) {
  qb.where('created_at', '>=', range.from).where('created_at', '<', range.to);
}

export function ofCompany<M extends Model>(qb: QueryBuilder<M>, company: string) {
  qb.where('company', company);
}
