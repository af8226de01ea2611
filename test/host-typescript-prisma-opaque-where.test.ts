// A Prisma read whose `where` is built in a way we cannot read still sends its nested reads (an
// `include` of a list relation, a `_count`): statements of their own, by the parent rows' keys,
// which the parent's filter never reaches. They are judged alone when the filter is built in the
// function from nothing its callers pass; a filter the callers pass stays theirs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/prisma-opaque-where';

const { linesReported } = tsAppSuite(ROOT);

const SCHEMA = `model Member {
  id        BigInt     @id
  email     String?
  prospects Prospect[]
  campaigns Campaign[]
  @@map("users")
}
model Prospect {
  id        BigInt   @id
  company   String?
  ownerId   BigInt   @map("user_id")
  owner     Member   @relation(fields: [ownerId], references: [id])
  createdAt DateTime @map("created_at")
  @@map("leads")
}
model Campaign {
  id        BigInt @id
  name      String?
  memberId  BigInt @map("user_id")
  member    Member @relation(fields: [memberId], references: [id])
  @@map("campaigns")
}
`;

const ADMIN = `import { Prisma, PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function membersPage(filters: { key: string; value: string }[]) {
  const where: Prisma.MemberWhereInput = {};
  for (const { key, value } of filters) where[key] = { contains: value };
  return prisma.member.findMany({ where, include: { prospects: true } }); // prospects
}
export async function membersWithCounts(filters: string[]) {
  const where: Prisma.MemberWhereInput = { OR: filters.map((f) => ({ email: { startsWith: f } })) };
  return prisma.member.findMany({ where, select: { id: true, _count: { select: { prospects: true } } } }); // counts
}
export async function membersWithCampaigns(filters: { key: string; value: string }[]) {
  const where: Prisma.MemberWhereInput = {};
  for (const f of filters) where[f.key] = f.value;
  return prisma.member.findMany({ where, include: { campaigns: true } }); // campaigns
}
export async function membersByFilters(filters: { key: string; value: string }[]) {
  const where: Prisma.MemberWhereInput = {};
  for (const f of filters) where[f.key] = f.value;
  return prisma.member.findMany({ where, include: { prospects: { where: { createdAt: { gte: new Date('2024-03-01') } } } } }); // bounded
}
export async function membersMatching(where: Prisma.MemberWhereInput) {
  return prisma.member.findMany({ where, include: { prospects: true } }); // callers
}
`;

void describe('Prisma: nested reads under a where built where we cannot read it', () => {
  it('reports the nested list read that lacks the key, and stays silent on the one keyed by the partition key', () => {
    const files = { 'prisma/schema.prisma': SCHEMA, 'src/admin.ts': ADMIN };
    const lines = linesReported(files, 'src/admin.ts');
    assert.ok(lines.includes(lineOf(ADMIN, '// prospects')));
    assert.ok(!lines.includes(lineOf(ADMIN, '// campaigns')));
    assert.ok(!lines.includes(lineOf(ADMIN, '// bounded')));
  });

  it('leaves a where that reads the function’s parameters to its callers (a filter mapped from them, or the where itself)', () => {
    const files = { 'prisma/schema.prisma': SCHEMA, 'src/admin.ts': ADMIN };
    assert.deepEqual(linesReported(files, 'src/admin.ts'), [lineOf(ADMIN, '// prospects')]);
  });
});
