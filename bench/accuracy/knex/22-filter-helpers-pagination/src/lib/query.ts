import type { Knex } from 'knex';

export interface LeadFilters {
  status?: string;
  since?: Date;
  company?: string;
}

/** Applies the optional list filters to a leads query (mutates and returns it). */
export function applyFilters(qb: Knex.QueryBuilder, filters: LeadFilters): Knex.QueryBuilder {
  if (filters.status) qb.where('status', filters.status);
  if (filters.since) qb.where('created_at', '>=', filters.since);
  if (filters.company) qb.where('company', 'ilike', `%${filters.company}%`);
  return qb;
}

export function paginate(qb: Knex.QueryBuilder, page: number, perPage = 20): Knex.QueryBuilder {
  return qb.limit(perPage).offset((page - 1) * perPage);
}

export function withCompany(qb: Knex.QueryBuilder, company?: string): void {
  if (company) qb.where('company', company);
}
