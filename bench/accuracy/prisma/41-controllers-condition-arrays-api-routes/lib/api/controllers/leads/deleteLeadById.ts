import { prisma } from '../../db';

export default async function deleteLeadById(userId: bigint, leadId: bigint, createdAt: Date) {
  if (!leadId) return { response: 'Please choose a valid lead.', status: 401 };

  await prisma.agentOutput.deleteMany({ where: { leadId } }); // expect: scans-all [pr41d]

  const deletedLead = await prisma.lead.delete({ where: { id_createdAt: { id: leadId, createdAt } } }); // expect: prunes [pr41e]

  return { response: deletedLead, status: 200 };
}
