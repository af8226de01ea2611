// Conditions collected in arrays and spread into a Prisma `AND` (Linkwarden's controllers:
// `const dateCondition = []; if (query.since) dateCondition.push({ createdAt: { gte } })` then
// `where: { AND: [{ userId }, ...dateCondition, ...(c ? [{ OR: … }] : [])] }`): a part pushed on
// some paths only is left out on the path without it; a part always there bounds the key.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/condition-arrays';
const SCHEMA = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ts-app', 'prisma', 'schema.prisma'), 'utf8');

const { findings } = tsAppSuite(ROOT);

const controller = (datePush: string, and: string): Record<string, string> => ({
  'prisma/schema.prisma': SCHEMA,
  'db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'getLeads.ts': [
    "import { prisma } from './db';",
    'export default async function getLeads(userId: bigint, query: { since?: Date; status?: string; q?: string }) {',
    '  const statusCondition = [];',
    '  if (query.status) {',
    '    statusCondition.push({ status: query.status });',
    '  }',
    '  const dateCondition = [];',
    `  ${datePush}`,
    '  const searchConditions = [];',
    '  if (query.q) searchConditions.push({ company: { contains: query.q } });',
    '  return prisma.lead.findMany({',
    `    where: { AND: [${and}] },`,
    '  });',
    '}',
    '',
  ].join('\n'),
});

void test('parts of a Prisma `AND` spread from arrays filled on some paths: the path without them is judged', () => {
  const spreads = '{ userId }, ...statusCondition, ...dateCondition, ...(searchConditions.length > 0 ? [{ OR: searchConditions }] : [])';
  assert.deepEqual(findings(controller('if (query.since) dateCondition.push({ createdAt: { gte: query.since } });', spreads), 'getLeads.ts'), ['11: return prisma.lead.findMany({']);
  // Precision: a part pushed on every path bounds the key.
  assert.deepEqual(findings(controller('dateCondition.push({ createdAt: { gte: query.since ?? new Date() } });', spreads), 'getLeads.ts'), []);
  // A conditional spread the values decide keeps its items: judged without the key, silent with it.
  assert.deepEqual(findings(controller('', "{ userId }, ...(true ? [{ status: 'new' }] : [])"), 'getLeads.ts'), ['11: return prisma.lead.findMany({']);
  assert.deepEqual(findings(controller('', '{ userId }, ...(true ? [{ createdAt: { gte: new Date() } }] : [])'), 'getLeads.ts'), []);
});

const rawStats = (where: string): Record<string, string> => ({
  'db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'stats.ts': [
    "import { Prisma } from '@prisma/client';",
    "import { prisma } from './db';",
    'export async function statusCounts(userId: number, from?: Date) {',
    '  const conditions: Prisma.Sql[] = [Prisma.sql`l.user_id = ${userId}`];',
    '  if (from) conditions.push(Prisma.sql`l.created_at >= ${from}`);',
    "  const whereClause = Prisma.join(conditions, ' AND ');",
    '  return prisma.$queryRaw(Prisma.sql`',
    '    SELECT l.status, count(*) FROM leads l',
    `    ${where}`,
    '    GROUP BY l.status`);',
    '}',
    '',
  ].join('\n'),
});

void test('raw SQL whose condition is a fragment joined elsewhere (`WHERE ${whereClause}`) is not judged; a value parameter still is', () => {
  // Precision: the joined conditions may hold the key (here: `from` bounds it on some paths).
  assert.deepEqual(findings(rawStats('WHERE ${whereClause}'), 'stats.ts'), []);
  assert.deepEqual(findings(rawStats('WHERE l.user_id = ${userId} AND ${whereClause}'), 'stats.ts'), []);
  // A parameter in a value position is a value: the statement is judged.
  assert.deepEqual(findings(rawStats('WHERE l.user_id = ${userId}'), 'stats.ts'), ['8: SELECT l.status, count(*) FROM leads l']);
});

// Drizzle conditions a helper builds and returns (Dittofeed's `and(...leadConditions({ userId, since }))`):
// the helper's parameters read as the call's arguments, its pushes under an `if` judged path by path.
const drizzleApp = (helperBody: string, call: string): Record<string, string> => ({
  'db.ts': [
    "import { drizzle } from 'drizzle-orm/node-postgres';",
    "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';",
    "export const prospects = pgTable('leads', { id: bigint('id', { mode: 'number' }), ownerId: bigint('user_id', { mode: 'number' }), status: text('status'), createdAt: timestamp('created_at') });",
    'export const db = drizzle(process.env.DATABASE_URL!);',
    '',
  ].join('\n'),
  'filters.ts': [
    "import { eq, gte, SQL } from 'drizzle-orm';",
    "import { prospects } from './db';",
    'export function prospectFilters(opts: { ownerId: number; from?: Date }): SQL[] {',
    helperBody,
    '}',
    '',
  ].join('\n'),
  'list.ts': [
    "import { and } from 'drizzle-orm';",
    "import { db, prospects } from './db';",
    "import { prospectFilters } from './filters';",
    'export async function listRecent(ownerId: number) {',
    `  return db.select().from(prospects).where(and(...${call}));`,
    '}',
    '',
  ].join('\n'),
});

void test('Drizzle and(...helper(…)) of conditions a helper builds: read through the helper', () => {
  const pushes = '  const out: SQL[] = [eq(prospects.ownerId, opts.ownerId)];\n  if (opts.from) out.push(gte(prospects.createdAt, opts.from));\n  return out;';
  assert.deepEqual(findings(drizzleApp(pushes, 'prospectFilters({ ownerId })'), 'list.ts'), ['5: return db.select().from(prospects).where(and(...prospectFilters({ ownerId })));']);
  // Precision: the caller's values decide the push, and a literal array holding the key bounds it.
  assert.deepEqual(findings(drizzleApp(pushes, 'prospectFilters({ ownerId, from: new Date() })'), 'list.ts'), []);
  assert.deepEqual(findings(drizzleApp('  return [eq(prospects.ownerId, opts.ownerId), gte(prospects.createdAt, opts.from ?? new Date())];', 'prospectFilters({ ownerId })'), 'list.ts'), []);
});
