import { prisma } from '@documenso/prisma';

export const getLeadByEmail = async ({ email, userId }: { email: string; userId: number }) => {
  return await prisma.lead.findFirst({
    where: { email, userId: BigInt(userId) },
    orderBy: { createdAt: 'desc' },
  }); // expect: scans-all [pr48n]
};
