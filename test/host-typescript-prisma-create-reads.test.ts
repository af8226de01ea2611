// Prisma inserts that read relations back: `create({ data, include: { leads: true } })` inserts (no
// scan), then reads each included list in a statement of its own (`WHERE "user_id" IN ($1)`), which
// scans a partitioned table unless the include filters on its key. An insert that reads nothing back,
// or only keyed lists, stays silent.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { lineOf, linesReportedIn, loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/prisma-create-reads';
// Users own leads through \`leads.user_id\`; \`leads\` is partitioned by created_at.
const SCHEMA = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Member {
  id    BigInt   @id @default(autoincrement())
  email String?
  leads Prospect[]

  @@map("users")
}

model Prospect {
  id        BigInt   @default(autoincrement())
  company   String?
  userId    BigInt?  @map("user_id")
  createdAt DateTime @default(now()) @map("created_at")
  member    Member?  @relation(fields: [userId], references: [id])

  @@id([id, createdAt])
  @@map("leads")
}
`;

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

const reported = (files: Record<string, string>, target: string): number[] => linesReportedIn(host, catalog, ROOT, { 'prisma/schema.prisma': SCHEMA, ...files }, target);

const SRC = `import { PrismaClient } from '@prisma/client';
const db = new PrismaClient();

export async function join(email: string, company: string) {
  return db.member.create({
    data: { email, leads: { create: [{ company }] } },
    include: {
      leads: true, // leads
    },
  });
}

export async function joinSince(email: string, since: Date) {
  return db.member.create({
    data: { email },
    select: { id: true, leads: { where: { createdAt: { gte: since } } } },
  });
}

export async function joinPlain(email: string, userId: bigint) {
  await db.member.create({ data: { email } });
  await db.prospect.create({ data: { userId }, include: { member: true } });
  return db.member.createManyAndReturn({ data: [{ email }], select: { id: true } });
}
`;

void describe('Prisma: relations read back after an insert', () => {
  void it('reports an included list read without its key, and nothing else', () => {
    assert.deepEqual(reported({ 'src/leads.ts': SRC }, 'src/leads.ts'), [lineOf(SRC, '// leads')]);
  });
});
