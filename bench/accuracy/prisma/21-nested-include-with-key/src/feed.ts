import { prisma } from './lib/prisma';

export async function feed(since: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: since } }, include: { outputs: { where: { createdAt: { gte: since } }, orderBy: { createdAt: 'desc' } } } }); // expect: prunes [pr21a]
}

export async function outputsOfLeads(ids: bigint[], since: Date) {
  return prisma.agentOutput.findMany({ where: { leadId: { in: ids }, createdAt: { gte: since } } }); // expect: prunes [pr21b]
}
