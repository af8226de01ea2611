// knex `where` groups a helper builds from a filter object (Infisical's `buildFindFilter`: `({ $in, ...filter })
// => (bd) => { bd.where(filter); if ($in) …; return bd; }`) and generic DAL methods that build their query in a
// local on the caller's filter, refine it under `if`s and run it (`const q = db(table).where(…); if (limit) void
// q.limit(limit); return await q`). The caller's object literal decides: named keys it writes hold their values,
// keys it lacks are undefined, the rest element holds the other keys. Silent twins: the key passed, the key
// reached through an operator the helper loops over, a filter the code does not show.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/knex-filter-helpers');

const FILTER = [
  "import type { Knex } from 'knex';",
  'type Filter = { $in?: Record<string, unknown[]>; [k: string]: unknown };',
  '// Turns a filter object (with an $in operator) into a where group.',
  'export const toWhere = ({ $in, ...rest }: Filter) => (qb: Knex.QueryBuilder) => {',
  '  void qb.where(rest);',
  '  if ($in) {',
  '    Object.entries($in).forEach(([col, vals]) => {',
  '      void qb.whereIn(col, vals);',
  '    });',
  '  }',
  '  return qb;',
  '};',
  '',
].join('\n');

void test('a where group a helper returns is read with the caller\'s filter: named keys, absent keys and the rest', () => {
  const files = {
    'filter.ts': FILTER,
    'prospects.ts': [
      "import knex from 'knex';",
      "import { toWhere } from './filter';",
      "const pg = knex({ client: 'pg' });",
      'export async function owned(ownerId: number) {',
      "  return pg('leads').where(toWhere({ user_id: ownerId })).limit(20);",
      '}',
      'export async function at(ownerId: number, when: Date) {',
      "  return pg('leads').where(toWhere({ user_id: ownerId, created_at: when })).limit(20);",
      '}',
      'export async function inDays(ownerId: number, days: Date[]) {',
      "  return pg('leads').where(toWhere({ user_id: ownerId, $in: { created_at: days } }));",
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the key in the rest, or in the $in operator the helper loops over, stays silent.
  assert.deepEqual(findings(files, 'prospects.ts'), ["5: return pg('leads').where(toWhere({ user_id: ownerId })).limit(20);"]);
});

const GENERIC = [
  "import type { Knex } from 'knex';",
  "import { toWhere } from './filter';",
  'export const crud = (pg: Knex, table: string) => ({',
  '  list: async (filter: Record<string, unknown>, { take, order }: { take?: number; order?: string } = {}) => {',
  '    const q = pg(table).where(toWhere(filter));',
  '    if (take) void q.limit(take);',
  "    if (order) void q.orderBy(order, 'desc');",
  '    const rows = await q;',
  '    return rows;',
  '  },',
  '});',
  '',
].join('\n');

const store = (calls: string[]): Record<string, string> => ({
  'filter.ts': FILTER,
  'crud.ts': GENERIC,
  'prospect-store.ts': [
    "import type { Knex } from 'knex';",
    "import { crud } from './crud';",
    'export type ProspectStore = ReturnType<typeof prospectStore>;',
    "export const prospectStore = (pg: Knex) => ({ ...crud(pg, 'leads') });",
    '',
  ].join('\n'),
  'prospect-service.ts': [
    "import type { ProspectStore } from './prospect-store';",
    'type Deps = { store: ProspectStore };',
    'export const prospectService = ({ store }: Deps) => ({',
    ...calls,
    '});',
    '',
  ].join('\n'),
});

void test('a generic DAL method building its query in a local on the caller\'s filter and running it is judged per caller', () => {
  const files = store(["  recent: async (ownerId: number) => store.list({ user_id: ownerId }, { take: 10, order: 'created_at' }),"]);
  assert.deepEqual(findings(files, 'prospect-service.ts'), ["4: recent: async (ownerId: number) => store.list({ user_id: ownerId }, { take: 10, order: 'created_at' }),"]);
});

void test('precision: callers passing the key stay silent, and only the scanning caller is reported when verdicts differ', () => {
  const keyed = store(['  since: async (ownerId: number, at: Date) => store.list({ user_id: ownerId, created_at: at }),']);
  assert.deepEqual(findings(keyed, 'prospect-service.ts'), []);
  assert.deepEqual(findings(keyed, 'crud.ts'), []);
  const mixed = store(['  since: async (ownerId: number, at: Date) => store.list({ user_id: ownerId, created_at: at }),', '  all: async (ownerId: number) => store.list({ user_id: ownerId }),']);
  assert.deepEqual(findings(mixed, 'prospect-service.ts'), ['5: all: async (ownerId: number) => store.list({ user_id: ownerId }),']);
});

void test('a DAL parameter typed by an object type written in place (`({ store }: { store: ProspectStore })`) is the factory\'s object', () => {
  const files = store(["  recent: async (ownerId: number) => store.list({ user_id: ownerId }, { take: 10, order: 'created_at' }),"]);
  const inline = { ...files, 'prospect-service.ts': files['prospect-service.ts']!.replace('type Deps = { store: ProspectStore };\n', '').replace('({ store }: Deps)', '({ store }: { store: ProspectStore; log?: unknown })') };
  assert.deepEqual(findings(inline, 'prospect-service.ts'), ["3: recent: async (ownerId: number) => store.list({ user_id: ownerId }, { take: 10, order: 'created_at' }),"]);
  // Precision: another key's type, or a type that is not a factory's, is not taken for it.
  const other = { ...inline, 'prospect-service.ts': inline['prospect-service.ts']!.replace('{ store: ProspectStore; log?: unknown }', '{ log: ProspectStore; store: { list(f: object, o?: object): Promise<unknown> } }') };
  assert.deepEqual(findings(other, 'prospect-service.ts'), []);
});

void test('an operator the caller adds only under a condition (`...(q ? { $search: … } : {})`) leaves the path without it, where the loop over it never runs', () => {
  const helper = FILTER.replace('type Filter = { $in?: Record<string, unknown[]>; [k: string]: unknown };', 'type Filter = { $in?: Record<string, unknown[]>; $search?: Record<string, string>; [k: string]: unknown };')
    .replace('({ $in, ...rest }: Filter)', '({ $in, $search, ...rest }: Filter)')
    .replace('  return qb;', '  if ($search) {\n    Object.entries($search).forEach(([col, term]) => {\n      if (term) void qb.whereILike(col, term);\n    });\n  }\n  return qb;');
  const files = (extra: string): Record<string, string> => ({
    'filter.ts': helper,
    'prospects.ts': [
      "import knex from 'knex';",
      "import { toWhere } from './filter';",
      "const pg = knex({ client: 'pg' });",
      'export async function search(ownerId: number, q?: string) {',
      `  return pg('leads').where(toWhere({ user_id: ownerId${extra}, ...(q ? { $search: { company: \`%\${q}%\` } } : {}) }));`,
      '}',
      '',
    ].join('\n'),
  });
  assert.equal(findings(files(''), 'prospects.ts').length, 1);
  // Precision: the key written beside the conditional operator stays silent.
  assert.deepEqual(findings(files(', created_at: new Date()'), 'prospects.ts'), []);
});
