import { prisma } from '../lib/prisma';
import { archiveOutputs, archiveRecentOutputs } from './outputs';

export async function closeLead(id: bigint, createdAt: Date) {
  await prisma.$transaction(async (tx) => {
    await tx.lead.update({ where: { id_createdAt: { id, createdAt } }, data: { status: 'closed' } }); // expect: prunes [pr27c]
    await archiveOutputs(tx, id);
    await archiveRecentOutputs(tx, id, createdAt);
  });
}

export async function infiniteLeads(userId: bigint, cursor?: { id: bigint; createdAt: Date }) {
  return prisma.lead.findMany({
    where: { userId },
    take: 20,
    ...(cursor ? { cursor: { id_createdAt: cursor }, skip: 1 } : {}),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  }); // expect: scans-all [pr27d]
}
