// A knex client's accessor that hands back a knex client (a read replica chooser such as
// `db.replicaNode()`, knex's own `withUserParams`) starts a query when its result is called with a
// table, directly or as the default of a transaction (`(tx || db.replicaNode())('leads')`).
// Each shape has its silent twin: the key bounded, or a root the index does not know as a client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/knex-client-accessors';

const { findings } = tsAppSuite(ROOT);

const DB = [
  "import knex, { type Knex } from 'knex';",
  'export type Conn = Knex & { reader: () => Knex; writer: () => Knex };',
  "export const conn = knex({ client: 'pg' }) as Conn;",
  'conn.reader = () => conn;',
  'conn.writer = () => conn;',
  '',
].join('\n');

const repo = (where: string): Record<string, string> => ({
  'lib/conn.ts': DB,
  'lib/prospects.ts': [
    "import type { Knex } from 'knex';",
    "import { conn, type Conn } from './conn';",
    'export async function one(id: number, trx?: Knex) {',
    `  return (trx ?? conn.reader())('leads').where({ id })${where}.first();`,
    '}',
    'export async function owned(userId: number) {',
    `  return conn.writer()('leads').where('user_id', userId)${where}.update({ status: 'seen' });`,
    '}',
    'export class Prospects {',
    '  constructor(private readonly pg: Conn) {}',
    '  async latest(userId: number) {',
    `    return this.pg.reader()('leads').where('user_id', userId)${where}.limit(10);`,
    '  }',
    '}',
    'export async function tagged(id: number) {',
    `  return conn.withUserParams({ tenant: 'a' })('leads').where({ id })${where};`,
    '}',
    '',
  ].join('\n'),
});

const BOUNDED = ".where('created_at', '>=', new Date('2024-03-01'))";

void test('a query started on a knex client accessor (`conn.reader()(table)`, `(trx ?? conn.reader())(table)`, `this.pg.reader()(table)`, `withUserParams`) is judged', () => {
  assert.deepEqual(findings(repo(''), 'lib/prospects.ts'), [
    "4: return (trx ?? conn.reader())('leads').where({ id }).first();",
    "7: return conn.writer()('leads').where('user_id', userId).update({ status: 'seen' });",
    "12: return this.pg.reader()('leads').where('user_id', userId).limit(10);",
    "16: return conn.withUserParams({ tenant: 'a' })('leads').where({ id });",
  ]);
});

void test('precision: the same queries bounding the partition key stay silent', () => {
  assert.deepEqual(findings(repo(BOUNDED), 'lib/prospects.ts'), []);
});

void test('precision: an accessor on a value the index does not know as a knex client is not read as one', () => {
  const files = {
    'lib/pool.ts': 'export const pool = { reader: () => (t: string) => ({ where: (c: object) => ({ first: async () => [t, c] }) }) };\n',
    'lib/prospects.ts': [
      "import { pool } from './pool';",
      'export async function one(id: number) {',
      "  return pool.reader()('leads').where({ id }).first();",
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'lib/prospects.ts'), []);
});

// A knex instance held by an application's database service and reached through a member path
// (`this.database.knex('events')`, Botpress's repositories), and the catalog read that is no query.
const service = (where: string): Record<string, string> => ({
  'core/database.ts': [
    "import knex, { type Knex } from 'knex';",
    'export class Database {',
    '  knex!: Knex;',
    "  async initialize() { this.knex = knex({ client: 'pg' }); }",
    '}',
    '',
  ].join('\n'),
  'core/prospect-repository.ts': [
    "import type { Database } from './database';",
    'export class ProspectRepository {',
    "  private readonly TABLE = 'leads';",
    '  constructor(private database: Database) {}',
    '  async touch(id: number) {',
    `    await this.database.knex(this.TABLE).where({ id })${where}.update({ status: 'seen' });`,
    '  }',
    '  async byOwner(userId: number, limit?: number) {',
    `    return this.database.knex(this.TABLE).select('*').where({ user_id: userId })${where}.limit(limit || 25).then();`,
    '  }',
    '  async columns() {',
    "    const info = await this.database.knex(this.TABLE).columnInfo('company');",
    '    return info;',
    '  }',
    '}',
    '',
  ].join('\n'),
});

void test('a knex instance reached through a member path (`this.database.knex(table)`) starts a query', () => {
  assert.deepEqual(findings(service(''), 'core/prospect-repository.ts'), [
    "6: await this.database.knex(this.TABLE).where({ id }).update({ status: 'seen' });",
    "9: return this.database.knex(this.TABLE).select('*').where({ user_id: userId }).limit(limit || 25).then();",
  ]);
});

void test('precision: the key bounded stays silent, and `columnInfo()` (a catalog read) is no query on the table', () => {
  assert.deepEqual(findings(service(BOUNDED), 'core/prospect-repository.ts'), []);
  const plain = {
    'columns.ts': "import knex from 'knex';\nconst db = knex({ client: 'pg' });\nexport async function info() {\n  const cols = await db('leads').columnInfo();\n  return cols;\n}\n",
  };
  assert.deepEqual(findings(plain, 'columns.ts'), []);
});
