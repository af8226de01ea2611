import { prisma } from '@documenso/prisma';

export type DeleteLeadOptions = { leadId: number; createdAt: Date };

export const deleteLead = async ({ leadId, createdAt }: DeleteLeadOptions) => {
  await prisma.$transaction(async (tx) => {
    await tx.agentOutput.deleteMany({ where: { leadId: BigInt(leadId) } }); // expect: scans-all [pr48f]
    await tx.lead.delete({ where: { id_createdAt: { id: BigInt(leadId), createdAt } } }); // expect: prunes [pr48g]
  });
};
