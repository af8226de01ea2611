// Drizzle schemas that prefix every table through `pgTableCreator` (create-t3-app's default, Zero's
// `mail0_` tables), and conditions comparing a column with a field of a value that shares a table's
// name (`eq(connection.userId, session.user.id)`, `user` also being a table).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/drizzle-table-creators');

const schema = (creator: string): string =>
  [
    "import { bigint, pgTableCreator, text, timestamp } from 'drizzle-orm/pg-core';",
    `export const createTable = pgTableCreator(${creator});`,
    "export const prospects = createTable('eads', { id: bigint('id', { mode: 'number' }), ownerId: bigint('user_id', { mode: 'number' }), stage: text('status'), createdAt: timestamp('created_at') });",
    "export const users = createTable('sers', { id: bigint('id', { mode: 'number' }), email: text('email'), createdAt: timestamp('created_at') });",
    '',
  ].join('\n');
const DB = "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n";
const routes = (where: string): string =>
  [
    "import { and, eq, gte } from 'drizzle-orm';",
    "import { db } from './db';",
    "import { prospects } from './schema';",
    `export async function list(ownerId: number, session: { users: { createdAt: Date } }) {`,
    `  return db.select().from(prospects).where(${where});`,
    '}',
    '',
  ].join('\n');

const files = (creator: string, where: string): Record<string, string> => ({ 'schema.ts': schema(creator), 'db.ts': DB, 'routes.ts': routes(where) });
const LINE = (where: string): string => `5: return db.select().from(prospects).where(${where});`;

void test('a table declared through pgTableCreator has the prefixed name: a query without the key on it scans', () => {
  const where = "eq(prospects.stage, 'new')";
  assert.deepEqual(findings(files('(name) => `l${name}`', where), 'routes.ts'), [LINE(where)]);
  assert.deepEqual(findings(files("(name: string) => 'l' + name", where), 'routes.ts'), [LINE(where)]);
});

void test('precision: the creator-made table bounded by its key prunes; a creator not read declares nothing', () => {
  assert.deepEqual(findings(files('(name) => `l${name}`', 'gte(prospects.createdAt, new Date())'), 'routes.ts'), []);
  assert.deepEqual(findings(files('(name) => prefixOf(name)', "eq(prospects.stage, 'new')"), 'routes.ts'), []);
});

void test('a field of a parameter that shares a table name is a value, not that table column', () => {
  // `session.users.createdAt` and a parameter's `users.createdAt` are values bounding the key, not a join column.
  assert.deepEqual(findings(files('(name) => `l${name}`', 'gte(prospects.createdAt, session.users.createdAt)'), 'routes.ts'), []);
  const param = routes('gte(prospects.createdAt, users.createdAt)').replace('session: { users: { createdAt: Date } }', 'users: { createdAt: Date }');
  assert.deepEqual(findings({ 'schema.ts': schema('(name) => `l${name}`'), 'db.ts': DB, 'routes.ts': param }, 'routes.ts'), []);
});

void test('precision: the table itself and a relational callback parameter still name the table', () => {
  // Compared with another table's column (the imported table, though a parameter's type mentions its name),
  // the key is bounded only at run time (reported as such).
  const joined = findings({ ...files('(name) => `l${name}`', 'gte(prospects.createdAt, users.createdAt)'), 'routes.ts': routes('gte(prospects.createdAt, users.createdAt)').replace("import { prospects } from './schema';", "import { prospects, users } from './schema';") }, 'routes.ts');
  assert.equal(joined.length, 1);
  // A relational query's callback is handed the table: its parameter's columns are the table's.
  const relational = routes('x').replace('return db.select().from(prospects).where(x);', "return db.query.prospects.findMany({ where: (prospects, { eq }) => eq(prospects.stage, 'new') });");
  assert.equal(findings({ ...files('(name) => `l${name}`', 'x'), 'routes.ts': relational }, 'routes.ts').length, 1);
});
