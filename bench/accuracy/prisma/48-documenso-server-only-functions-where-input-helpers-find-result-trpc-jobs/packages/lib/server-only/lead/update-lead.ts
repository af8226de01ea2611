import { prisma } from '@documenso/prisma';
import { AppError } from './get-lead-by-id';

export type UpdateLeadOptions = {
  userId: number;
  leadId: number;
  createdAt: Date;
  data: { status?: string; company?: string };
};

export const updateLead = async ({ userId, leadId, createdAt, data }: UpdateLeadOptions) => {
  const lead = await prisma.lead.findFirst({
    where: { id: BigInt(leadId), createdAt, userId: BigInt(userId) },
  }); // expect: prunes [pr48d]

  if (!lead) {
    throw new AppError('NOT_FOUND', { message: 'Lead not found' });
  }

  return await prisma.lead.update({
    where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } },
    data,
  }); // expect: prunes [pr48e]
};
