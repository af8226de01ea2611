import type { Prisma } from '@prisma/client';

export type LeadListFilters = { userId: bigint; statuses?: string[]; from?: Date; to?: Date };

export function leadListWhere({ userId, statuses, from, to }: LeadListFilters): Prisma.LeadWhereInput {
  return {
    userId,
    status: statuses && statuses.length > 0 ? { in: statuses } : undefined,
    createdAt: from || to ? { gte: from, lte: to } : undefined,
  };
}

const PERIODS: Record<string, number> = { '1d': 1, '7d': 7, '30d': 30 };

export function periodStart(period: string) {
  return new Date(Date.now() - (PERIODS[period] ?? 7) * 24 * 60 * 60 * 1000);
}
