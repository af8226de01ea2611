import { Prisma } from '@prisma/client';
import { prisma } from './lib/prisma';

export async function statusBreakdown(userId: bigint, since: Date) {
  return prisma.lead.groupBy({ by: ['status'], where: { userId, createdAt: { gte: since } }, _count: { _all: true } }); // expect: prunes [pr25a]
}

export async function companyBreakdown(userId: bigint) {
  return prisma.lead.groupBy({ by: ['company'], where: { userId }, _count: { _all: true }, orderBy: { company: 'asc' } }); // expect: scans-all [pr25b]
}

export async function dailyCounts(userId: bigint) {
  return prisma.$queryRaw<{ day: Date; n: bigint }[]>`SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = ${userId} GROUP BY 1`; // expect: scans-all [pr25c]
}

export async function monthCounts(userId: bigint, from: Date, to: Date) {
  const rows = await prisma.$queryRaw(Prisma.sql`SELECT status, count(*) FROM leads WHERE user_id = ${userId} AND created_at >= ${from} AND created_at < ${to} GROUP BY status`); // expect: prunes [pr25d]
  return rows;
}

export async function touchLead(id: bigint, createdAt: Date, status: string) {
  return prisma.lead.upsert({
    where: { id_createdAt: { id, createdAt } },
    update: { status },
    create: { userId: 7n, company: 'n/a', email: 'n/a', status, createdAt },
  }); // expect: prunes [pr25e]
}

export async function leadWithLatest(id: bigint, createdAt: Date) {
  return prisma.lead.findUniqueOrThrow({
    where: { id_createdAt: { id, createdAt } },
    include: { outputs: { orderBy: { createdAt: 'desc' }, take: 5 } },
  }); // expect: prunes [pr25f]
}
