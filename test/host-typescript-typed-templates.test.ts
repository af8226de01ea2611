// Raw SQL templates given type arguments (`prisma.$queryRaw<Row[]>\`SELECT …\``, Documenso's monthly counts), which
// the parser reads as comparisons `(tag < Row[]) > \`…\``: the SQL is judged as without them. A keyed statement and a
// typed Drizzle `sql<number>` fragment (not a statement) stay silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/typed-templates');

const DB = "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n";

test('a typed raw template is judged like an untyped one', () => {
  const use = `import { prisma } from './db';
type Bucket = { month: Date; total: bigint };
export async function buckets(ownerId: number) {
  return await prisma.$queryRaw<Bucket[]>\`SELECT date_trunc('month', created_at) AS month, count(*) AS total FROM leads WHERE user_id = \${ownerId} GROUP BY 1\`; // all
}
export async function nested(ownerId: number) {
  return await prisma.$queryRaw<Array<{ n: bigint }>>\`SELECT count(*) AS n FROM leads WHERE user_id = \${ownerId}\`; // nested
}
export async function recent(ownerId: number, since: Date) {
  return await prisma.$queryRaw<Bucket[]>\`SELECT id FROM leads WHERE user_id = \${ownerId} AND created_at >= \${since}\`; // keyed
}
`;
  assert.deepEqual(reported({ 'db.ts': DB, 'use.ts': use }, 'use.ts'), [lineOf(use, '// all'), lineOf(use, '// nested')]);
});

test('a typed sql fragment that is not a statement stays silent', () => {
  const use = `import { sql } from 'drizzle-orm';
export const total = sql<number>\`count(*)\`;
export const label = sql<string>\`coalesce(company, 'leads')\`;
`;
  assert.deepEqual(reported({ 'use.ts': use }, 'use.ts'), []);
});
