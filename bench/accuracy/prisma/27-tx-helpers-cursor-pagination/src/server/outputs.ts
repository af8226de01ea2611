import type { Prisma } from '@prisma/client';

export async function archiveOutputs(tx: Prisma.TransactionClient, leadId: bigint) {
  return tx.agentOutput.updateMany({ where: { leadId }, data: { kind: 'archived' } }); // expect: scans-all [pr27a]
}

export async function archiveRecentOutputs(tx: Prisma.TransactionClient, leadId: bigint, since: Date) {
  return tx.agentOutput.updateMany({ where: { leadId, createdAt: { gte: since } }, data: { kind: 'archived' } }); // expect: prunes [pr27b]
}
