import type { Prisma } from '@prisma/client';

export function leadArgs(userId: bigint, since?: Date): Prisma.LeadFindManyArgs {
  return {
    where: { userId, ...(since && { createdAt: { gte: since } }) },
    orderBy: { createdAt: 'desc' },
  };
}
