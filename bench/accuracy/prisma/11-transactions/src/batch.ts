import { prisma } from './lib/prisma';

export async function dashboard(userId: bigint) {
  const [stale, campaigns] = await prisma.$transaction([
    prisma.lead.findMany({ where: { status: 'stale' } }), // expect: scans-all [pr11a]
    prisma.campaign.count({ where: { userId } }), // expect: prunes [pr11b]
  ]);
  return { stale: stale.length, campaigns };
}

export async function closeMonth(start: Date, end: Date) {
  return prisma.$transaction(async (tx) => {
    await tx.lead.updateMany({ where: { createdAt: { gte: start, lt: end }, status: 'new' }, data: { status: 'expired' } }); // expect: prunes [pr11c]
    return tx.agentOutput.count({ where: { kind: 'summary' } }); // expect: scans-all [pr11d]
  });
}
