// A Drizzle query whose `and(...)` spreads the conditions a helper builds, pushing the range only when
// an optional bound is given (Dittofeed's `where(and(...leadConditions({ userId, since })))`): alone, its
// file cannot tell whether the bound applies; each visible caller's values decide (param-paths.ts),
// placed by query/placement.ts. The client is a `db()` call or the function's parameter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/drizzle-spread-callers');

const SCHEMA =
  "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';\nexport const prospects = pgTable('leads', { id: bigint('id', { mode: 'number' }), ownerId: bigint('user_id', { mode: 'number' }), stage: text('status'), createdAt: timestamp('created_at') });\n";
const DB = [
  "import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';",
  'let client: NodePgDatabase | null = null;',
  'export function db(): NodePgDatabase {',
  '  if (!client) client = drizzle(process.env.DATABASE_URL!);',
  '  return client;',
  '}',
  'export type Db = ReturnType<typeof db>;',
  '',
].join('\n');
const FILTERS = [
  "import { eq, gte, type SQL } from 'drizzle-orm';",
  "import { prospects } from './schema';",
  'export function prospectFilters(ownerId: number, stage?: string, after?: Date): SQL[] {',
  '  const parts: SQL[] = [eq(prospects.ownerId, ownerId)];',
  '  if (stage) parts.push(eq(prospects.stage, stage));',
  '  if (after) parts.push(gte(prospects.createdAt, after));',
  '  return parts;',
  '}',
  '',
].join('\n');

/** The function running the query: on `db()` with a destructured options parameter, or on a client parameter. */
const LIST_DB = [
  "import { and } from 'drizzle-orm';",
  "import { db } from './db';",
  "import { prospects } from './schema';",
  "import { prospectFilters } from './filters';",
  'type Opts = { ownerId: number; stage?: string; after?: Date };',
  'export async function listProspects({ ownerId, stage, after }: Opts) {',
  '  return db().select().from(prospects).where(and(...prospectFilters(ownerId, stage, after)));',
  '}',
  '',
].join('\n');
const LIST_PARAM = [
  "import { and } from 'drizzle-orm';",
  "import type { Db } from './db';",
  "import { prospects } from './schema';",
  "import { prospectFilters } from './filters';",
  'export async function listProspects(conn: Db, ownerId: number, after?: Date) {',
  '  return conn.select().from(prospects).where(and(...prospectFilters(ownerId, undefined, after)));',
  '}',
  '',
].join('\n');

const app = (list: string, callers: Record<string, string>): Record<string, string> => ({
  'schema.ts': SCHEMA,
  'db.ts': DB,
  'filters.ts': FILTERS,
  'list.ts': list,
  ...callers,
});

const route = (name: string, body: string): string =>
  [`import { listProspects } from './list';`, "import { db } from './db';", `export async function ${name}(ownerId: number, stage?: string) {`, `  ${body}`, '}', ''].join('\n');

const BOUNDED = 'return listProspects({ ownerId, stage, after: new Date(Date.now() - 86_400_000) });';
const UNBOUNDED = 'return listProspects({ ownerId, stage });';
const QUERY_LINE = '7: return db().select().from(prospects).where(and(...prospectFilters(ownerId, stage, after)));';

void test('a db() query spreading helper-built conditions is silent when every caller passes the bound', () => {
  const ws = app(LIST_DB, { 'a.ts': route('recent', BOUNDED), 'b.ts': route('today', BOUNDED) });
  assert.deepEqual(findings(ws, 'list.ts'), []);
  assert.deepEqual(findings(ws, 'a.ts'), []);
  assert.deepEqual(findings(ws, 'b.ts'), []);
});

void test('every caller omitting the bound: reported inside, where the query runs', () => {
  const ws = app(LIST_DB, { 'a.ts': route('all', UNBOUNDED), 'b.ts': route('more', UNBOUNDED) });
  assert.deepEqual(findings(ws, 'list.ts'), [QUERY_LINE]);
  assert.deepEqual(findings(ws, 'a.ts'), []);
});

void test('callers that differ: reported at the scanning caller only', () => {
  const ws = app(LIST_DB, { 'a.ts': route('recent', BOUNDED), 'b.ts': route('all', UNBOUNDED) });
  assert.deepEqual(findings(ws, 'list.ts'), []);
  assert.deepEqual(findings(ws, 'a.ts'), []);
  assert.deepEqual(findings(ws, 'b.ts'), [`4: ${UNBOUNDED}`]);
});

void test('no visible caller: the file judges the query alone (the bound may be missing)', () => {
  assert.deepEqual(findings(app(LIST_DB, {}), 'list.ts'), [QUERY_LINE]);
});

void test('a client parameter: silent when every caller passes the bound, reported inside when none does', () => {
  const call = (after: string): string => route('recent', `return listProspects(db(), ownerId${after});`);
  assert.deepEqual(findings(app(LIST_PARAM, { 'a.ts': call(', new Date(Date.now() - 86_400_000)') }), 'list.ts'), []);
  assert.deepEqual(findings(app(LIST_PARAM, { 'a.ts': call('') }), 'list.ts'), ['6: return conn.select().from(prospects).where(and(...prospectFilters(ownerId, undefined, after)));']);
});

void test('precision of recall: a bound the caller may leave undefined still scans, inside', () => {
  const ws = app(LIST_DB, { 'a.ts': route('maybe', 'return listProspects({ ownerId, stage, after: stage ? new Date() : undefined });') });
  assert.deepEqual(findings(ws, 'list.ts'), [QUERY_LINE]);
});

// The client reached through a member of a context parameter whose type is not followed (tRPC's
// `ctx: Context` of `Awaited<ReturnType<typeof createContext>>`, Hono's `c.var.db`): the chain reads as
// a Drizzle query on a declared table, so the callers' values decide its paths as for a client parameter.
const LIST_CONTEXT = (param: string, client: string): string =>
  [
    "import { and } from 'drizzle-orm';",
    "import type { AppContext } from './context';",
    "import { prospects } from './schema';",
    "import { prospectFilters } from './filters';",
    `export async function listProspects(${param}: AppContext, ownerId: number, after?: Date) {`,
    `  return ${client}.select().from(prospects).where(and(...prospectFilters(ownerId, undefined, after)));`,
    '}',
    '',
  ].join('\n');
const procedure = (after: string, arg: string): string =>
  [
    "import { listProspects } from './list';",
    'export const router = {',
    `  recent: async ({ ctx, input }: { ctx: any; input: { ownerId: number } }) => listProspects(${arg}, input.ownerId${after}),`,
    '};',
    '',
  ].join('\n');
const BOUND = ', new Date(Date.now() - 86_400_000)';

for (const [param, client] of [['ctx', 'ctx.db'], ['c', 'c.var.db']] as const) {
  void test(`a ${client} query spreading helper-built conditions is judged at its callers: silent when they pass the bound`, () => {
    const list = LIST_CONTEXT(param, client);
    assert.deepEqual(findings(app(list, { 'router.ts': procedure(BOUND, 'ctx') }), 'list.ts'), []);
    assert.deepEqual(findings(app(list, { 'router.ts': procedure(BOUND, 'ctx') }), 'router.ts'), []);
  });
  void test(`precision of recall: ${client} with a caller omitting the bound is still reported inside`, () => {
    const list = LIST_CONTEXT(param, client);
    assert.deepEqual(findings(app(list, { 'router.ts': procedure('', 'ctx') }), 'list.ts'), [`6: return ${client}.select().from(prospects).where(and(...prospectFilters(ownerId, undefined, after)));`]);
  });
}
