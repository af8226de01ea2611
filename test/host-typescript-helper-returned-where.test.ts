// Prisma `where` objects an access helper builds and hands back (Documenso's
// `const { envelopeWhereInput } = await getEnvelopeWhereInput({ id, userId, teamId })`): the
// property destructured from the helper's returned object, an `OR` list held in a local array
// filled by pushes, a ts-pattern `match(…).with(…).exhaustive()` choosing the id condition, and
// a final validity test reading the object before it is returned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const SCHEMA = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ts-app', 'prisma', 'schema.prisma'), 'utf8');
const { findings } = tsAppSuite('/virtual/helper-returned-where');

const DB = "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient();\n";
const app = (files: Record<string, string>): Record<string, string> => ({ 'prisma/schema.prisma': SCHEMA, 'db.ts': DB, ...files });

/** An access helper returning `{ scope, owner }`; `orList` the local OR array, `idPart` what is spread first. */
const access = (orList: string, idPart: string, extra = ''): string =>
  [
    "import { match } from 'ts-pattern';",
    'type Ref = { kind: "id"; id: bigint } | { kind: "company"; company: string };',
    'export const refCondition = (ref: Ref) =>',
    '  match(ref)',
    "    .with({ kind: 'id' }, (r) => {",
    "      if (!r.id) throw new Error('no id');",
    '      return { id: r.id };',
    '    })',
    "    .with({ kind: 'company' }, (r) => ({ company: r.company }))",
    '    .exhaustive();',
    'export async function accessScope({ ref, ownerId, shared }: { ref: Ref; ownerId: bigint; shared: boolean }) {',
    `  const anyOf = [${orList}];`,
    "  if (shared) anyOf.push({ status: 'shared' });",
    `  const scope = { ${idPart}, OR: anyOf };`,
    `  if (!scope.OR || scope.OR.length < 1 || !ownerId) throw new Error('invalid');${extra}`,
    '  return { scope, owner: ownerId };',
    '}',
    '',
  ].join('\n');

const handler = [
  "import { db } from './db';",
  "import { accessScope } from './access';",
  'export async function show(id: bigint, ownerId: bigint) {',
  "  const { scope } = await accessScope({ ref: { kind: 'id', id }, ownerId, shared: false });",
  '  return db.lead.findFirst({ where: scope });',
  '}',
  '',
].join('\n');

void test('a where destructured from what an access helper returns is read there: an OR branch without the key scans', () => {
  const ws = app({ 'access.ts': access('{ userId: ownerId }, { createdAt: { gte: new Date() } }', '...refCondition(ref)'), 'show.ts': handler });
  assert.deepEqual(findings(ws, 'show.ts'), ['5: return db.lead.findFirst({ where: scope });']);
});

void test('precision: every branch and the spread id part bound the key, so the helper-built where prunes', () => {
  const bounded = '{ userId: ownerId, createdAt: { gte: new Date() } }, { createdAt: { gte: new Date() } }';
  const ws = app({ 'access.ts': access(bounded, 'createdAt: { gte: new Date() }'), 'show.ts': handler });
  assert.deepEqual(findings(ws, 'show.ts'), []);
});

void test('a ts-pattern match gives what every handler returns: no handler bounds the key, so it scans', () => {
  const ws = app({ 'access.ts': access('{ userId: ownerId }', '...refCondition(ref)'), 'show.ts': handler.replace("where: scope", "where: { ...refCondition({ kind: 'id', id }) }").replace("import { accessScope } from './access';", "import { accessScope, refCondition } from './access';") });
  assert.deepEqual(findings(ws, 'show.ts'), ["5: return db.lead.findFirst({ where: { ...refCondition({ kind: 'id', id }) } });"]);
});

void test('precision: a match without exhaustive() or otherwise() is not read (its value may be a matcher)', () => {
  const open = access('{ userId: ownerId }', '...refCondition(ref)').replace('    .exhaustive();', '    ;');
  const ws = app({ 'access.ts': open, 'show.ts': handler });
  assert.deepEqual(findings(ws, 'show.ts'), []);
});

void test('precision: the object is changed after the validity test, so it is not read', () => {
  const ws = app({ 'access.ts': access('{ userId: ownerId }', '...refCondition(ref)', '\n  Object.assign(scope, { createdAt: { gte: new Date() } });'), 'show.ts': handler });
  assert.deepEqual(findings(ws, 'show.ts'), []);
});

const builder = (body: string): string =>
  [
    'export const buildFilters = (f?: { created?: { from?: Date } ; status?: string }) => {',
    '  const parts: object[] = [];',
    body,
    '  if (f?.status) parts.push({ status: f.status });',
    '  return { AND: parts };',
    '};',
    '',
  ].join('\n');
const caller = [
  "import { db } from './db';",
  "import { buildFilters } from './filters';",
  'export const recent = (userId: bigint, from: Date) => db.lead.findMany({ where: { userId, ...buildFilters({ created: { from } }) } });',
  '',
].join('\n');

void test('a push under an if the caller makes true is never left out of an AND list, even when its block is not read', () => {
  const block = ['  if (f?.created) {', '    const range: { gte?: Date } = {};', '    if (f.created.from) range.gte = f.created.from;', '    parts.push({ createdAt: range });', '  }'].join('\n');
  assert.deepEqual(findings(app({ 'filters.ts': builder(block), 'recent.ts': caller }), 'recent.ts'), []);
  // Recall: a list without the range is read (`AND: parts` of a local array) and scans.
  assert.deepEqual(findings(app({ 'filters.ts': builder(''), 'recent.ts': caller }), 'recent.ts'), ['3: export const recent = (userId: bigint, from: Date) => db.lead.findMany({ where: { userId, ...buildFilters({ created: { from } }) } });']);
});
