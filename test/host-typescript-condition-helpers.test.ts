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
