// A Prisma query whose options a shared helper builds from the function's parameter, adding the date
// range only when both bounds are given (`...(from && to && { createdAt: … })`): alone, its file cannot
// tell whether the range applies; each visible caller's values decide (client-param-paths.ts), including
// bounds destructured from a helper that resolves them with defaults (returned-fields.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/client-param-paths');

const SCHEMA = 'model Prospect {\n  id BigInt @id\n  ownerId BigInt @map("user_id")\n  stage String\n  createdAt DateTime @map("created_at")\n  @@map("leads")\n}\n';
const DB = "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient();\n";

const FILTER = `export type ProspectFilter = { ownerId: bigint; stage?: string; from?: Date; to?: Date };

export function prospectWhere({ ownerId, stage, from, to }: ProspectFilter) {
  return {
    ownerId,
    ...(stage && { stage }),
    ...(from && to && { createdAt: { gte: from, lt: to } }),
  };
}
`;

const TALLY = `import { db } from '../db';
import { prospectWhere, type ProspectFilter } from './where';

export async function tallyByStage(filter: ProspectFilter) {
  return db.prospect.groupBy({ by: ['stage'], where: prospectWhere(filter), _count: true });
}
`;

const RANGE = `const DAYS: Record<string, number> = { week: 7, month: 30 };

export function resolveRange(period?: string, from?: string) {
  if (from) return { rangeStart: new Date(from), rangeEnd: new Date() };
  const days = DAYS[period ?? 'month'] ?? 30;
  return { rangeStart: new Date(Date.now() - days * 86_400_000), rangeEnd: new Date() };
}
`;

const handler = (body: string): string => `import { tallyByStage } from '../prospects/tally';
import { resolveRange } from '../prospects/range';

export async function handle(ownerId: bigint, period?: string, from?: string) {
${body}
}
`;

const app = (body: string, range = RANGE): Record<string, string> => ({
  'prisma/schema.prisma': SCHEMA,
  'src/db.ts': DB,
  'src/prospects/where.ts': FILTER,
  'src/prospects/tally.ts': TALLY,
  'src/prospects/range.ts': range,
  'src/routes/stats.ts': handler(body),
});

const RESOLVED = `  const { rangeStart, rangeEnd } = resolveRange(period, from);
  return tallyByStage({ ownerId, from: rangeStart, to: rangeEnd });`;

void test('a helper-built where whose range the only caller always gives (bounds from a defaulting helper) is silent', () => {
  const ws = app(RESOLVED);
  assert.deepEqual(findings(ws, 'src/prospects/tally.ts'), []);
  assert.deepEqual(findings(ws, 'src/routes/stats.ts'), []);
});

void test('a caller that gives no range is reported, inside the function that runs the query', () => {
  assert.deepEqual(findings(app('  return tallyByStage({ ownerId });'), 'src/prospects/tally.ts'), ["5: return db.prospect.groupBy({ by: ['stage'], where: prospectWhere(filter), _count: true });"]);
});

void test('precision of recall: a defaulting helper with a return that may leave a bound undefined still scans', () => {
  const maybe = `export function resolveRange(period?: string, from?: string) {
  if (from) return { rangeStart: new Date(from), rangeEnd: undefined };
  return { rangeStart: new Date(Date.now() - 7 * 86_400_000), rangeEnd: new Date() };
}
`;
  assert.deepEqual(findings(app(RESOLVED, maybe), 'src/prospects/tally.ts'), ["5: return db.prospect.groupBy({ by: ['stage'], where: prospectWhere(filter), _count: true });"]);
});

void test('precision of recall: with no visible caller the query is judged alone (the range may be missing)', () => {
  const ws = app('  return 0;');
  assert.equal(findings(ws, 'src/prospects/tally.ts').length, 1);
});
