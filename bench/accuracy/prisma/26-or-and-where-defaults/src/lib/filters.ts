import type { Prisma } from '@prisma/client';

const DAY = 86_400_000;

export function recentLeadsWhere({ days = 30, userId }: { days?: number; userId: bigint }): Prisma.LeadWhereInput {
  return { userId, createdAt: { gte: new Date(Date.now() - days * DAY) } };
}
