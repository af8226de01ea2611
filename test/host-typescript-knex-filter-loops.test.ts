// knex builders refined by a `modify(helper, input)` helper that loops over request filters (Unleash's
// `applyGenericQueryParams`: `for (const p of params) switch (p.operator) { case 'IS': query.where(p.field, …) }`).
// Each iteration ANDs a condition, so running the loop zero times (no filters) is a path the query takes and the
// widest one: the query is judged on it. The nearby shapes that must stay silent: a loop that ORs, a loop over values
// the code shows, and a base query that has the key already.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/knex-filter-loops');

const UTILS = `import type { Knex } from 'knex';
export interface Filter { field: string; operator: 'IS' | 'IS_NOT' | 'ANY' | 'AFTER'; values: string[] }
export function applyFilters(query: Knex.QueryBuilder, filters: Filter[]): void {
  for (const f of filters) {
    switch (f.operator) {
      case 'IS':
        query.where(f.field, f.values[0]);
        break;
      case 'IS_NOT':
        query.whereNot(f.field, f.values[0]);
        break;
      case 'ANY':
        query.whereIn(f.field, f.values);
        break;
      case 'AFTER':
        query.where(f.field, '>=', f.values[0]);
        break;
    }
  }
}
export const applyEach = (qb: Knex.QueryBuilder, filters: Filter[]) => {
  for (const f of filters) qb.where(f.field, f.values[0]);
};
export const applyAny = (qb: Knex.QueryBuilder, filters: Filter[]) => {
  for (const f of filters) qb.orWhere(f.field, f.values[0]);
};
`;

void describe('knex: modify helpers looping over request filters', () => {
  void it('judges the no-filter path of a loop (with a switch, or plain) that only ANDs conditions', () => {
    const store = `import knex from 'knex';
import { applyEach, applyFilters, type Filter } from './utils';
const db = knex({ client: 'pg' });
export class ProspectStore {
  search(userId: number, filters: Filter[]) {
    return db('leads').where('user_id', userId).modify(applyFilters, filters).limit(50); // switch
  }
  list(userId: number, filters: Filter[]) {
    return db('leads').where('user_id', userId).modify(applyEach, filters); // plain
  }
  recent(userId: number, since: Date, filters: Filter[]) {
    return db('leads').where('user_id', userId).where('created_at', '>=', since).modify(applyFilters, filters); // keyed
  }
}
`;
    const got = reported({ 'utils.ts': UTILS, 'store.ts': store }, 'store.ts');
    assert.deepEqual(got, [lineOf(store, '// switch'), lineOf(store, '// plain')]);
  });

  void it('stays silent on a loop that ORs its conditions, and on a loop over values the code shows', () => {
    const store = `import knex from 'knex';
import { applyAny, applyEach } from './utils';
const db = knex({ client: 'pg' });
export class ProspectStore {
  any(since: Date, filters: { field: string; operator: 'IS'; values: string[] }[]) {
    return db('leads').where('created_at', '>=', since).modify(applyAny, filters); // or
  }
  shown(userId: number, since: Date) {
    return db('leads').where('user_id', userId).modify(applyEach, [{ field: 'created_at', operator: 'AFTER', values: [since.toISOString()] }]); // shown
  }
}
`;
    assert.deepEqual(reported({ 'utils.ts': UTILS, 'store.ts': store }, 'store.ts'), []);
  });

  void it('reads `Object.entries(filter).forEach(([field, c]) => { if (c.eq) q.where(…) })` as such a loop, and a literal filter as shown', () => {
    const parser = `import type { Knex } from 'knex';
export type Filter = Record<string, { eq?: unknown; gte?: unknown }>;
export class QueryParser {
  applyFilter(query: Knex.QueryBuilder, filter: Filter): Knex.QueryBuilder {
    Object.entries(filter).forEach(([column, condition]) => {
      if (condition.eq !== undefined) query.where(column, condition.eq);
      if (condition.gte !== undefined) query.where(column, '>=', condition.gte);
    });
    return query;
  }
}
`;
    const store = `import knex from 'knex';
import { QueryParser, type Filter } from './parser';
const db = knex({ client: 'pg' });
export async function find(userId: number, filter: Filter) {
  const query = db('leads').where('user_id', userId);
  const parser = new QueryParser();
  parser.applyFilter(query, filter);
  return query.limit(20); // request
}
export async function since(userId: number, from: Date) {
  const query = db('leads').where('user_id', userId);
  const parser = new QueryParser();
  parser.applyFilter(query, { created_at: { gte: from } });
  return query.limit(20); // literal
}
`;
    assert.deepEqual(reported({ 'parser.ts': parser, 'store.ts': store }, 'store.ts'), [lineOf(store, '// request')]);
  });
});

