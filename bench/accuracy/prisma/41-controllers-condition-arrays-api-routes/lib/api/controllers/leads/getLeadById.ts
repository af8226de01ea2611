import { prisma } from '../../db';

export default async function getLeadById(userId: bigint, leadId: bigint) {
  if (!leadId) return { response: 'Please choose a valid lead.', status: 401 };

  const lead = await prisma.lead.findFirst({
    where: { id: leadId, userId },
    include: { outputs: { orderBy: { createdAt: 'desc' } } },
  }); // expect-also: [pr41c]

  if (!lead) return { response: 'Lead not found.', status: 404 };
  return { response: lead, status: 200 };
}
