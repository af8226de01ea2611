import type { Prisma } from '@prisma/client';
import { prisma } from './lib/prisma';
import { recentLeadsWhere } from './lib/filters';

export async function recentOrVip(userId: bigint, since: Date) {
  return prisma.lead.findMany({ where: { userId, OR: [{ createdAt: { gte: since } }, { status: 'vip' }] } }); // expect: scans-all [pr26a]
}

export async function recentSearch(userId: bigint, term: string) {
  return prisma.lead.findMany({
    where: { AND: [recentLeadsWhere({ userId }), { OR: [{ email: { contains: term } }, { company: { contains: term } }] }] },
  }); // expect: prunes [pr26b] cross
}

export async function recentCount(userId: bigint) {
  return prisma.lead.count({ where: recentLeadsWhere({ userId, days: 7 }) }); // expect: prunes [pr26c] cross
}

export async function deleteOutputs(leadIds: bigint[]) {
  const where: Prisma.AgentOutputWhereInput = { leadId: { in: leadIds } };
  return prisma.agentOutput.deleteMany({ where }); // expect: scans-all [pr26d]
}

export async function emailsNotSpam(userId: bigint) {
  return prisma.lead.findMany({ where: { userId, NOT: { status: 'spam' } }, select: { email: true } }); // expect: scans-all [pr26e]
}
