import type { Knex } from 'knex';

export interface Period {
  from: Date;
  to: Date;
}

export function applyPeriod(qb: Knex.QueryBuilder, period?: Period) {
  if (period) qb.where('created_at', '>=', period.from).andWhere('created_at', '<', period.to);
}

export function applySearch(qb: Knex.QueryBuilder, term?: string) {
  if (term) qb.where((inner) => inner.where('email', 'ilike', `%${term}%`).orWhere('company', 'ilike', `%${term}%`));
}

export const monthRange = (month: Date): Period => ({
  from: new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1)),
  to: new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)),
});
