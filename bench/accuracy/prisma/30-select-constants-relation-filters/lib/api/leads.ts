import { prisma } from '../prisma';
import { getDateRange, leadCardSelect } from '../selects';

export async function getLeadCards(userId: bigint, interval: '24h' | '7d' | '30d') {
  const { start, end } = getDateRange(interval);
  return prisma.lead.findMany({ where: { userId, createdAt: { gte: start, lte: end } }, select: leadCardSelect }); // expect: prunes [pr30a] cross
}

export async function getStatusCounts(userId: bigint, interval: '24h' | '7d' | '30d') {
  const { start, end } = getDateRange(interval);
  return prisma.lead.groupBy({ by: ['status'], where: { userId, createdAt: { gte: start, lte: end } }, _count: true }); // expect: prunes [pr30b] cross
}

export async function getOutputsOfUser(userId: bigint) {
  return prisma.agentOutput.findMany({ where: { lead: { userId } }, select: { id: true, kind: true, createdAt: true } }); // expect: scans-all [pr30c]
}

export async function bulkSetStatus(userId: bigint, ids: bigint[], status: string) {
  return prisma.lead.updateMany({ where: { id: { in: ids }, userId }, data: { status } }); // expect: scans-all [pr30d]
}

export async function getCampaign(userId: bigint, id: bigint) {
  return prisma.campaign.findUnique({ where: { id_userId: { id, userId } } }); // expect: prunes [pr30e]
}
