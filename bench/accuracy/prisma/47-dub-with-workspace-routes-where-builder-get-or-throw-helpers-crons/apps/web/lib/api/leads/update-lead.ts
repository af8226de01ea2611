import { prisma } from '@/lib/prisma';

export async function updateLead({ lead, updatedLead }: { lead: { id: bigint; createdAt: Date }; updatedLead: { status?: string; company?: string } }) {
  return prisma.lead.update({
    where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } },
    data: updatedLead,
  }); // expect: prunes [pr47d]
}
