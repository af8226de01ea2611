import prisma from '@/lib/prisma';

export async function getLeadActivity(leadId: bigint, startDate: Date, endDate: Date) {
  return prisma.client.agentOutput.findMany({
    where: {
      leadId,
      createdAt: { gte: startDate, lte: endDate },
    },
    orderBy: { createdAt: 'desc' },
  }); // expect: prunes [pr45f] cross
}

export async function getLatestOutputs(leadId: bigint) {
  return prisma.client.agentOutput.findMany({
    where: { leadId },
    orderBy: { createdAt: 'desc' },
    take: 20,
  }); // expect: scans-all [pr45g]
}

export async function deleteOutputsBefore(cutoff: Date) {
  return prisma.client.agentOutput.deleteMany({
    where: {
      createdAt: { lt: cutoff },
    },
  }); // expect: prunes [pr45l] cross
}
