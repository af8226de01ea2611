import type { Prisma } from '@documenso/prisma';

export type GetLeadWhereInputOptions = {
  leadId: number;
  userId: number;
};

// The lead as the user may see it: their own, by id.
export const getLeadWhereInput = ({ leadId, userId }: GetLeadWhereInputOptions) => {
  const leadWhereInput: Prisma.LeadWhereInput = {
    id: BigInt(leadId),
    userId: BigInt(userId),
  };
  return leadWhereInput;
};
