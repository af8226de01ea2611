// Condition helpers of Drizzle apps that take the conditions as an array (LobeChat's `genWhere([eq(…),
// range ? genRangeWhere(…) : undefined])` over `and(...conditions.filter(Boolean))`), followed
// into the helper with the caller's array; a part that may be left out (`c ? … : undefined`) is dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/condition-helpers';

const { findings } = tsAppSuite(ROOT);

const files = (cond: string): Record<string, string> => ({
  'db.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n",
  'schema.ts':
    "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';\nexport const leads = pgTable('leads', { id: bigint('id', { mode: 'number' }), userId: bigint('user_id', { mode: 'number' }), status: text('status'), createdAt: timestamp('created_at') });\n",
  'gen-where.ts': [
    "import { and, gte, lte, type SQL } from 'drizzle-orm';",
    "import type { PgColumn } from 'drizzle-orm/pg-core';",
    'export const genWhere = (conditions: (SQL | undefined)[]): SQL | undefined => and(...conditions.filter(Boolean));',
    'export const genRangeWhere = (range: [Date, Date], column: PgColumn): SQL | undefined => and(gte(column, range[0]), lte(column, range[1]));',
    '',
  ].join('\n'),
  'model.ts': [
    "import { count, eq } from 'drizzle-orm';",
    "import { db } from './db';",
    "import { leads } from './schema';",
    "import { genRangeWhere, genWhere } from './gen-where';",
    'export async function countLeads(userId: number, params?: { range?: [Date, Date] }) {',
    '  const rows = await db',
    '    .select({ n: count(leads.id) })',
    '    .from(leads)',
    `    .where(genWhere([eq(leads.userId, userId), ${cond}]));`,
    '  return rows[0]?.n ?? 0;',
    '}',
    '',
  ].join('\n'),
});

void test('an array of conditions spread into `and` through `.filter(Boolean)` by a helper: a part that may be left out is dropped', () => {
  assert.deepEqual(findings(files('params?.range ? genRangeWhere(params.range, leads.createdAt) : undefined'), 'model.ts'), ['8: .from(leads)']);
  // Precision: the range part always there bounds the key.
  assert.deepEqual(findings(files("genRangeWhere([new Date('2024-03-01'), new Date('2024-04-01')], leads.createdAt)"), 'model.ts'), []);
});

// A condition helper with an optional lower bound (Dittofeed's `and(eq(…), since ? gte(…) : undefined)`) whose caller
// passes a property of a record it loaded and checked: the row's value is there, so the bound applies. The table
// const shares the record's name (`lead`), which must not turn the record's property into the table's column.
const recordFiles = (route: string): Record<string, string> => ({
  'db.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n",
  'schema.ts':
    "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';\nexport const lead = pgTable('leads', { id: bigint('id', { mode: 'number' }), userId: bigint('user_id', { mode: 'number' }), status: text('status'), createdAt: timestamp('created_at') });\n",
  'conditions.ts': [
    "import { and, eq, gte, type SQL } from 'drizzle-orm';",
    "import { lead } from './schema';",
    'export function siblingsWhere({ userId, since }: { userId: number; since?: Date }): SQL | undefined {',
    '  return and(eq(lead.userId, userId), since ? gte(lead.createdAt, since) : undefined);',
    '}',
    '',
  ].join('\n'),
  'route.ts': [
    "import { db } from './db';",
    "import * as schema from './schema';",
    "import { siblingsWhere } from './conditions';",
    "import { findLead } from './find';",
    'export async function siblings(id: number, opts: { since?: Date }) {',
    '  const lead = await findLead(id);',
    "  if (!lead) throw new Error('not found');",
    `  const rows = await db.select().from(schema.lead).where(siblingsWhere(${route}));`,
    '  return rows;',
    '}',
    '',
  ].join('\n'),
  'find.ts': "export async function findLead(id: number) {\n  return { id, userId: 1, createdAt: new Date() };\n}\n",
});

void test("an optional bound given a checked record's property applies; omitted or given an optional input, it does not", () => {
  assert.deepEqual(findings(recordFiles('{ userId: lead.userId, since: lead.createdAt }'), 'route.ts'), []);
  // Recall: without `since`, or with a value the caller may leave out, the helper's bound may be missing.
  assert.deepEqual(findings(recordFiles('{ userId: lead.userId }'), 'route.ts'), ['8: const rows = await db.select().from(schema.lead).where(siblingsWhere({ userId: lead.userId }));']);
  assert.deepEqual(findings(recordFiles('{ userId: lead.userId, since: opts.since }'), 'route.ts'), ['8: const rows = await db.select().from(schema.lead).where(siblingsWhere({ userId: lead.userId, since: opts.since }));']);
});
