import { prisma } from '@documenso/prisma';

export const getLeadStats = async ({ userId }: { userId: number }) => {
  const now = new Date();
  const startOfMonth = new Date(now.getFullYear(), now.getMonth(), 1);

  const counts = await prisma.lead.groupBy({
    by: ['status'],
    where: { userId: BigInt(userId), createdAt: { gte: startOfMonth } },
    _count: { _all: true },
  }); // expect: prunes [pr48l]

  return Object.fromEntries(counts.map((row) => [row.status, row._count._all]));
};
