import { prisma } from '@/lib/prisma';

export async function deleteLead(lead: { id: bigint; createdAt: Date }) {
  const deleted = await prisma.lead.delete({
    where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } },
  }); // expect: prunes [pr47e]
  await prisma.agentOutput.deleteMany({ where: { leadId: lead.id } }); // expect: scans-all [pr47f]
  return deleted;
}
