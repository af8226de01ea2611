import { prisma } from './prisma';
import { ownedSince, withoutErrors } from './where';

export async function cleanLeads(userId: bigint, since: Date) {
  return prisma.lead.findMany({ where: { AND: [ownedSince(userId, since), withoutErrors] } }); // expect: scans-all [pr34a] cross
}

export async function recentLeads(userId: bigint, since: Date) {
  return prisma.lead.findMany({ where: ownedSince(userId, since), select: { id: true, email: true } }); // expect: prunes [pr34b] cross
}

export async function resetLead(id: bigint, createdAt: Date) {
  return prisma.lead.update({
    where: { id_createdAt: { id, createdAt } },
    data: { status: 'new', outputs: { deleteMany: { kind: 'draft' } } },
  }); // expect: prunes [pr34c]
}

export async function campaignLeadsWithRecentOutputs(campaignId: bigint, since: Date) {
  return prisma.lead.findMany({ where: { campaignId }, include: { outputs: { where: { createdAt: { gte: since } } } } }); // expect: scans-all [pr34d]
}
