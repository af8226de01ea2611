import type { Knex } from 'knex';

export interface LeadFilters {
  status?: string;
  company?: string;
  from?: Date;
}

export function applyFilters(qb: Knex.QueryBuilder, f: LeadFilters): Knex.QueryBuilder {
  if (f.status) qb.where('status', f.status);
  if (f.company) qb.where('company', f.company);
  if (f.from) qb.where('created_at', '>=', f.from);
  return qb;
}
