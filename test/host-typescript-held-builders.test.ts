// Lazy builders kept in a local variable, refined by later statements and run once
// (`const query = Model.query()…first(); if (c) query.andWhere(…); await query.then(mapper)`):
// knex, Objection and Drizzle send the statement where the variable is awaited, so the query is
// reported there once, never at its definition or refinements. Each shape has a precision case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/held-builders';

const { findings } = tsAppSuite(ROOT);

const LEAD_MODEL = [
  "const { Model } = require('objection')",
  'class Lead extends Model {',
  "  static get tableName () { return 'leads' }",
  '}',
  'module.exports = Lead',
  '',
].join('\n');

/** An internal service object in the Nginx Proxy Manager style: the builder runs through `.then(mapper)` or a terminal after optional refinements. */
const objectionService = (shape: string, run: string, bound = ''): string =>
  [
    "const Lead = require('./lead')",
    'module.exports = {',
    '  get: async (id, userId, visibility, expand) => {',
    `    const query = Lead.query().where('status', '!=', 'deleted').andWhere('id', id)${bound}${shape}`,
    "    if (visibility !== 'all') {",
    "      query.andWhere('user_id', userId)",
    '    }',
    '    if (expand) {',
    "      query.withGraphFetched(`[${expand.join(', ')}]`)",
    '    }',
    `    const row = await ${run}`,
    '    return row',
    '  },',
    '}',
    '',
  ].join('\n');

void test('an Objection builder stored, refined under `if` and run later is reported once, where it runs', () => {
  for (const [shape, run] of [
    ['.first()', 'query.then(omitRow)'],
    ['.first()', 'query'],
    [".count('id as count')", 'query.first()'],
    ['', 'query.then((rows) => rows[0])'],
  ] as const) {
    const files = { 'lead.js': LEAD_MODEL, 'svc.js': objectionService(shape, run) };
    assert.deepEqual(findings(files, 'svc.js'), [`11: const row = await ${run}`], `${shape} … ${run}`);
    // Precision: the same builder bounding created_at stays silent everywhere.
    const bounded = { ...files, 'svc.js': objectionService(shape, run, ".where('created_at', '>=', since)") };
    assert.deepEqual(findings(bounded, 'svc.js'), [], `bounded ${shape} … ${run}`);
  }
});

void test('a knex builder stored with a terminal-looking method (`first`, `count`) is judged where the variable is awaited', () => {
  const svc = (bound: string): string =>
    [
      "import { db } from './db'",
      'export async function leadFor(id: number, userId: number | undefined) {',
      `  const query = db('leads').where('id', id)${bound}.first()`,
      '  if (userId !== undefined) {',
      "    query.andWhere('user_id', userId)",
      '  }',
      '  return await query',
      '}',
      '',
    ].join('\n');
  const files = { 'db.ts': "import knex from 'knex'\nexport const db = knex({ client: 'pg' })\n", 'svc.ts': svc('') };
  assert.deepEqual(findings(files, 'svc.ts'), ['7: return await query']);
  assert.deepEqual(findings({ ...files, 'svc.ts': svc(".where('created_at', '>=', new Date())") }, 'svc.ts'), []);
});

void test('a builder awaited where it is stored (`const rows = await this.db<Row>(t)…first()`) is still judged there', () => {
  const store = [
    "import type { Knex } from 'knex'",
    'export class LeadStore {',
    '  constructor (private db: Knex) {}',
    '  async one (id: number) {',
    "    const row = await this.db<{ id: number }>('leads').where({ id }).first()",
    '    return row.id',
    '  }',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(findings({ 'store.ts': store }, 'store.ts'), ["5: const row = await this.db<{ id: number }>('leads').where({ id }).first()"]);
});

const DRIZZLE_SCHEMA = [
  "import { pgTable, bigint, text, timestamp } from 'drizzle-orm/pg-core'",
  "export const leads = pgTable('leads', {",
  "  id: bigint('id', { mode: 'number' }).notNull(),",
  "  userId: bigint('user_id', { mode: 'number' }),",
  "  company: text('company'),",
  "  createdAt: timestamp('created_at').notNull(),",
  '})',
  '',
].join('\n');

void test('a Drizzle select mutated by statement calls (a ternary `asc ? query.orderBy(a) : query.orderBy(b)`, `query.limit(n).offset(m)`) is judged at `await query`', () => {
  const fn = (where: string): string =>
    [
      "import { drizzle } from 'drizzle-orm/node-postgres'",
      "import { and, asc, desc, eq, gte } from 'drizzle-orm'",
      "import { leads } from './schema'",
      'const db = drizzle(process.env.DATABASE_URL!)',
      'export async function getLeads(userId: number, ascending: boolean, page: number, since: Date) {',
      `  const query = db.select().from(leads).where(${where})`,
      '  ascending ? query.orderBy(asc(leads.company)) : query.orderBy(desc(leads.company))',
      '  query.limit(20).offset(page * 20)',
      '  const data = await query',
      '  return data',
      '}',
      '',
    ].join('\n');
  const files = { 'schema.ts': DRIZZLE_SCHEMA, 'leads.ts': fn('eq(leads.userId, userId)') };
  assert.deepEqual(findings(files, 'leads.ts'), ['9: const data = await query']);
  // Precision: bounding created_at on the builder keeps every path silent.
  assert.deepEqual(findings({ ...files, 'leads.ts': fn('and(eq(leads.userId, userId), gte(leads.createdAt, since))') }, 'leads.ts'), []);
});
