import { prisma } from './lib/prisma';

export async function archiveStale() {
  return prisma.lead.updateMany({ where: { status: 'stale' }, data: { status: 'archived' } }); // expect: scans-all [pr04a]
}

export async function purgeOutputs(cutoff: Date) {
  return prisma.agentOutput.deleteMany({ where: { createdAt: { lt: cutoff } } }); // expect: prunes [pr04b]
}

export async function purgeLead(leadId: bigint) {
  await prisma.agentOutput.deleteMany({ where: { leadId } }); // expect: scans-all [pr04c]
}
