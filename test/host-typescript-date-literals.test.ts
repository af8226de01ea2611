// A range bound written as a constant date (`new Date(0)`, `new Date('2024-03-01')`), directly or as the default
// of an optional bound (`input.since ?? new Date(0)`) a caller hands to a helper: the driver sends that date, and
// the shared judge compares it with the partitions' bounds. The epoch keeps every partition; a date inside the
// partitioned range prunes; a date made at run time (`new Date(y, m, 1)`) is a parameter and prunes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/date-literals');

const SCHEMA =
  "import { bigint, pgTable, timestamp } from 'drizzle-orm/pg-core';\nexport const prospects = pgTable('leads', { id: bigint('id', { mode: 'number' }), ownerId: bigint('user_id', { mode: 'number' }), createdAt: timestamp('created_at') });\n";
const DB = "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\nexport type Db = typeof db;\n";
const HELPER = `import { and, count, eq, gte } from 'drizzle-orm';
import type { Db } from './db';
import { prospects } from './schema';
export const countSince = (conn: Db, ownerId: number, from: Date) =>
  conn.select({ n: count() }).from(prospects).where(and(eq(prospects.ownerId, ownerId), gte(prospects.createdAt, from)));
`;

test('an epoch default handed to a helper keeps every partition; a run-time date prunes', () => {
  const use = `import { db } from './db';
import { countSince } from './helper';
export async function stats(ownerId: number, opts: { from?: Date }) {
  const all = await countSince(db, ownerId, opts.from ?? new Date(0)); // epoch
  const fallback = await countSince(db, ownerId, opts.from || new Date('1970-01-01')); // fallback
  const now = new Date();
  const month = await countSince(db, ownerId, new Date(now.getFullYear(), now.getMonth(), 1)); // month
  const given = await countSince(db, ownerId, opts.from!); // given
  return { all, fallback, month, given };
}
`;
  const files = { 'schema.ts': SCHEMA, 'db.ts': DB, 'helper.ts': HELPER, 'use.ts': use };
  assert.deepEqual(reported(files, 'use.ts'), [lineOf(use, '// epoch'), lineOf(use, '// fallback')]);
});

test('a constant date inside the partitioned range prunes; one below every partition does not', () => {
  const use = `import { and, eq, gte } from 'drizzle-orm';
import { db } from './db';
import { prospects } from './schema';
export async function spring(ownerId: number) {
  return await db.select().from(prospects).where(and(eq(prospects.ownerId, ownerId), gte(prospects.createdAt, new Date('2024-03-01')))); // spring
}
export async function ever(ownerId: number) {
  return await db.select().from(prospects).where(and(eq(prospects.ownerId, ownerId), gte(prospects.createdAt, new Date(0)))); // ever
}
`;
  const files = { 'schema.ts': SCHEMA, 'db.ts': DB, 'use.ts': use };
  assert.deepEqual(reported(files, 'use.ts'), [lineOf(use, '// ever')]);
});

test('knex, Kysely and Prisma bounds by a constant date are judged the same way', () => {
  const knexUse = `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function ever(ownerId: number) {
  return await db('leads').where('user_id', ownerId).where('created_at', '>=', new Date(0)); // knex-ever
}
export async function spring(ownerId: number, from?: Date) {
  return await db('leads').where('user_id', ownerId).where('created_at', '>=', from ?? new Date('2024-03-01')); // knex-spring
}
`;
  assert.deepEqual(reported({ 'knex-use.ts': knexUse }, 'knex-use.ts'), [lineOf(knexUse, '// knex-ever')]);
  const prismaUse = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function ever(ownerId: number, from?: Date) {
  return await prisma.lead.findMany({ where: { userId: ownerId, createdAt: { gte: from ?? new Date(0) } } }); // prisma-ever
}
export async function given(ownerId: number, from: Date) {
  return await prisma.lead.findMany({ where: { userId: ownerId, createdAt: { gte: from } } }); // prisma-given
}
`;
  const schema = 'model Lead {\n  id BigInt @id\n  userId BigInt @map("user_id")\n  createdAt DateTime @map("created_at")\n  @@map("leads")\n}\n';
  assert.deepEqual(reported({ 'prisma/schema.prisma': schema, 'prisma-use.ts': prismaUse }, 'prisma-use.ts'), [lineOf(prismaUse, '// prisma-ever')]);
  const kyselyUse = `import { Kysely, PostgresDialect } from 'kysely';
const db = new Kysely<any>({ dialect: new PostgresDialect({}) });
export async function ever(ownerId: number) {
  return await db.selectFrom('leads').selectAll().where('user_id', '=', ownerId).where('created_at', '>=', new Date(0)).execute(); // kysely-ever
}
export async function now(ownerId: number) {
  return await db.selectFrom('leads').selectAll().where('user_id', '=', ownerId).where('created_at', '>=', new Date()).execute(); // kysely-now
}
`;
  assert.deepEqual(reported({ 'kysely-use.ts': kyselyUse }, 'kysely-use.ts'), [lineOf(kyselyUse, '// kysely-ever')]);
});
