import { prisma } from './lib/prisma';
import { tenant } from './tenant';

export async function byEmail(email: string) {
  return prisma.lead.findFirstOrThrow({ where: { email } }); // expect: scans-all [pr18a]
}

export async function idsInWindow(from: Date, to: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: from, lte: to } }, select: { id: true } }); // expect: prunes [pr18b]
}

export async function ofTenant(userId: bigint) {
  return prisma.lead.findMany({ where: { ...tenant(userId), status: 'new' } }); // expect: scans-all [pr18c] cross
}
