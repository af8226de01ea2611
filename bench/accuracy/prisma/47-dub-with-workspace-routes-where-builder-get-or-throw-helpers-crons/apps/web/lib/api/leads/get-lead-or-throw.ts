import { prisma } from '@/lib/prisma';

export const getLeadOrThrow = async ({ workspaceId, leadId }: { workspaceId: bigint; leadId: bigint }) => {
  const lead = await prisma.lead.findFirst({ where: { id: leadId, userId: workspaceId } }); // expect: scans-all [pr47c]
  if (!lead) throw new Error('not_found');
  return lead;
};
