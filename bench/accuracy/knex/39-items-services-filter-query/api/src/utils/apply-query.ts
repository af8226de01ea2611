import type { Knex } from 'knex';

export type FilterOperator = '_eq' | '_neq' | '_gte' | '_lte' | '_lt' | '_in';
export type Filter = Record<string, Partial<Record<FilterOperator, unknown>>>;

export interface Query {
  filter?: Filter;
  sort?: string[];
  limit?: number;
  offset?: number;
  fields?: string[];
}

/** Adds one where clause per field and operator of a Directus-style filter object. */
export function applyFilter(dbQuery: Knex.QueryBuilder, filter: Filter): Knex.QueryBuilder {
  for (const [field, operators] of Object.entries(filter)) {
    for (const [operator, value] of Object.entries(operators)) {
      if (operator === '_eq') dbQuery.where(field, value as Knex.Value);
      if (operator === '_neq') dbQuery.whereNot(field, value as Knex.Value);
      if (operator === '_gte') dbQuery.where(field, '>=', value as Knex.Value);
      if (operator === '_lte') dbQuery.where(field, '<=', value as Knex.Value);
      if (operator === '_lt') dbQuery.where(field, '<', value as Knex.Value);
      if (operator === '_in') dbQuery.whereIn(field, value as Knex.Value[]);
    }
  }
  return dbQuery;
}

/** Applies sort, limit, offset and filter of a query to a builder. */
export function applyQuery(dbQuery: Knex.QueryBuilder, query: Query): Knex.QueryBuilder {
  if (query.sort) {
    for (const sortField of query.sort) {
      const desc = sortField.startsWith('-');
      dbQuery.orderBy(desc ? sortField.slice(1) : sortField, desc ? 'desc' : 'asc');
    }
  }
  dbQuery.limit(query.limit ?? 100);
  if (query.offset) dbQuery.offset(query.offset);
  if (query.filter) applyFilter(dbQuery, query.filter);
  return dbQuery;
}
