// A query awaited in parentheses whose result's field is read (`(await q)?.date ?? now`): the await
// ran the query there. A client awaited from a factory and used further stays a client.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/awaited-fields';

const { linesReported } = tsAppSuite(ROOT);

const SCHEMA = 'model Prospect {\n  id BigInt @id\n  company String\n  userId BigInt @map("user_id")\n  createdAt DateTime @map("created_at")\n  @@map("leads")\n}\n';

const JOBS = `import { PrismaClient } from '@prisma/client';
export class Backfill {
  constructor(private readonly prisma: PrismaClient) {}
  async firstDay() {
    const first =
      (
        await this.prisma.prospect.findFirst({
          orderBy: [{ createdAt: 'asc' }] // firstDay
        })
      )?.createdAt ?? new Date();
    return first;
  }
  async company(id: bigint) {
    return (await this.prisma.prospect.findUnique({ where: { id } }))!.company; // company
  }
  async companyInMonth(id: bigint, from: Date, to: Date) {
    return (await this.prisma.prospect.findFirst({ where: { id, createdAt: { gte: from, lt: to } } }))?.company;
  }
}
`;

const KY_JOBS = `import type { Kysely } from 'kysely';
export async function lastCompany(db: Kysely<any>, userId: number) {
  return (await db.selectFrom('leads').select('company').where('user_id', '=', userId).orderBy('id', 'desc').executeTakeFirst())?.company; // lastCompany
}
export async function lastCompanySince(db: Kysely<any>, userId: number, since: Date) {
  return (await db.selectFrom('leads').select('company').where('user_id', '=', userId).where('created_at', '>=', since).executeTakeFirst())?.company;
}
`;

void describe('A field read off a parenthesised await runs the query awaited', () => {
  it('reports Prisma finders whose awaited row is read by a field (optional, non-null or plain)', () => {
    const files = { 'prisma/schema.prisma': SCHEMA, 'src/backfill.ts': JOBS };
    assert.deepEqual(linesReported(files, 'src/backfill.ts'), [lineOf(JOBS, 'this.prisma.prospect.findFirst({'), lineOf(JOBS, '// company')]);
  });

  it('reports a Kysely chain awaited and read by a field, and stays silent on the one bounding the key', () => {
    const files = { 'src/jobs.ts': KY_JOBS };
    assert.deepEqual(linesReported(files, 'src/jobs.ts'), [lineOf(KY_JOBS, '// lastCompany')]);
  });
});
