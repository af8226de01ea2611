import { prisma } from '@documenso/prisma';
import { getLeadWhereInput, type GetLeadWhereInputOptions } from './get-lead-where-input';

export class AppError extends Error {
  constructor(
    public code: string,
    options?: { message?: string },
  ) {
    super(options?.message ?? code);
  }
}

export const getLeadById = async ({ leadId, userId }: GetLeadWhereInputOptions) => {
  const leadWhereInput = getLeadWhereInput({ leadId, userId });

  const lead = await prisma.lead.findFirst({
    where: leadWhereInput,
    include: {
      outputs: { orderBy: { createdAt: 'desc' } },
    },
  }); // expect: scans-all [pr48c] cross

  if (!lead) {
    throw new AppError('NOT_FOUND', { message: 'Lead could not be found' });
  }
  return lead;
};
