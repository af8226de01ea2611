// Modules imported as namespaces (`import * as db from './db'`, `import * as args from './args'`):
// a client read as `dbModule.db`, a helper called as `leadQueries.leadsOfCompany(…)` and an
// options builder called as `args.newLeadsPage(page)` are the same bindings a named import gives.
// Each case has a silent twin whose key is bounded.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/namespace-imports';
const PRISMA_SCHEMA = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ts-app', 'prisma', 'schema.prisma'), 'utf8');
let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

/** Each finding of `target` as `line:startCol-endCol code table «the text of its range»` (1-based line, 0-based columns). */
function ranges(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [name, text] of Object.entries(files)) index.indexFile(path.join(ROOT, name), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const col = f.start - (before.lastIndexOf('\n') + 1);
    return `${line}:${col}-${col + f.end - f.start} ${f.code} ${f.table} «${text.slice(f.start, f.end)}»`;
  });
}

const DRIZZLE = {
  'src/db/schema.ts': [
    "import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';",
    "export const leads = pgTable('leads', {",
    "  id: bigint('id', { mode: 'number' }).notNull(),",
    "  company: text('company'),",
    "  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),",
    '});',
    '',
  ].join('\n'),
  'src/db/index.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n",
  'src/api.ts': [
    "import * as leadQueries from './queries/leads';",
    'export async function company(name: string, since: Date) {',
    '  const rows = await leadQueries.leadsOfCompany(name, since);',
    '  return rows.length;',
    '}',
    '',
  ].join('\n'),
};

const drizzleHelper = (where: string): string =>
  [
    "import { and, eq, gte } from 'drizzle-orm';",
    "import * as dbModule from '../db';",
    "import * as schema from '../db/schema';",
    'export function leadsOfCompany(company: string, since: Date) {',
    `  return dbModule.db.query.leads.findMany({ where: ${where}, limit: 50 });`,
    '}',
    '',
  ].join('\n');

void test('Drizzle: a client read through a namespace import, in a helper called through another, is reported at the call that runs it', () => {
  const files = { ...DRIZZLE, 'src/queries/leads.ts': drizzleHelper('eq(schema.leads.company, company)') };
  assert.deepEqual(ranges(files, 'src/api.ts'), ['3:21-47 partition-key-missing public.leads «leadQueries.leadsOfCompany»']);
});

void test('precision: Drizzle: the same helper bounding the key stays silent', () => {
  const files = { ...DRIZZLE, 'src/queries/leads.ts': drizzleHelper('and(eq(schema.leads.company, company), gte(schema.leads.createdAt, since))') };
  assert.deepEqual(ranges(files, 'src/api.ts'), []);
  assert.deepEqual(ranges(files, 'src/queries/leads.ts'), []);
});

const prismaApp = (where: string): Record<string, string> => ({
  'prisma/schema.prisma': PRISMA_SCHEMA,
  'src/lib/prisma.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'src/lib/args.ts': [
    "import type { Prisma } from '@prisma/client';",
    'export function leadsPage(since: Date, page: number): Prisma.LeadFindManyArgs {',
    `  return { where: ${where}, orderBy: { id: 'desc' }, skip: page * 20, take: 20 };`,
    '}',
    '',
  ].join('\n'),
  'src/inbox.ts': [
    "import * as args from './lib/args';",
    "import { prisma } from './lib/prisma';",
    'export async function page(since: Date, n: number) {',
    '  return prisma.lead.findMany(args.leadsPage(since, n));',
    '}',
    '',
  ].join('\n'),
});

void test('Prisma: find arguments built by a function called through a namespace import are read', () => {
  assert.deepEqual(ranges(prismaApp("{ status: 'new' }"), 'src/inbox.ts'), ['4:16-20 partition-key-missing public.leads «lead»']);
});

void test('precision: Prisma: the same arguments bounding the key stay silent', () => {
  assert.deepEqual(ranges(prismaApp("{ status: 'new', createdAt: { gte: since } }"), 'src/inbox.ts'), []);
});

// A namespace import by a workspace package name (`import * as leadRepo from '@kan/db/repository/lead.repo'`)
// names the indexed module as a relative path does: the repository functions take the client as a
// parameter and return the lazy query, so it runs (and is reported) where the router awaits it.
const workspaceRepo = (where: string): Record<string, string> => ({
  'packages/db/src/schema.ts': DRIZZLE['src/db/schema.ts'],
  'packages/db/src/repository/lead.repo.ts': [
    "import { and, eq, gte } from 'drizzle-orm';",
    "import type { NodePgDatabase } from 'drizzle-orm/node-postgres';",
    "import { leads } from '@kan/db/schema';",
    'export const getByCompany = (db: NodePgDatabase, company: string, since: Date) => {',
    `  return db.select().from(leads).where(${where});`,
    '};',
    '',
  ].join('\n'),
  'packages/api/src/router.ts': [
    "import type { NodePgDatabase } from 'drizzle-orm/node-postgres';",
    "import * as leadRepo from '@kan/db/repository/lead.repo';",
    'export async function byCompany(db: NodePgDatabase, company: string, since: Date) {',
    '  const rows = await leadRepo.getByCompany(db, company, since);',
    '  return rows.length;',
    '}',
    '',
  ].join('\n'),
});

void test('Drizzle: a repository module imported as a namespace by its workspace package name is followed to the awaiting call', () => {
  const files = workspaceRepo('eq(leads.company, company)');
  assert.deepEqual(ranges(files, 'packages/api/src/router.ts'), ['4:21-42 partition-key-missing public.leads «leadRepo.getByCompany»']);
  assert.deepEqual(ranges(files, 'packages/db/src/repository/lead.repo.ts'), []);
});

void test('precision: Drizzle: the same workspace repository bounding the key stays silent', () => {
  const files = workspaceRepo('and(eq(leads.company, company), gte(leads.createdAt, since))');
  assert.deepEqual(ranges(files, 'packages/api/src/router.ts'), []);
  assert.deepEqual(ranges(files, 'packages/db/src/repository/lead.repo.ts'), []);
});
