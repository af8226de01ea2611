import type { Prisma } from '../../database';

/**
 * The leads that still count for a user: not archived, and created in the current
 * working window. Apply to every "active" list so the numbers agree across pages.
 */
export function activeLeadWhere({ userId, since }: { userId: bigint; since: Date }): Prisma.LeadWhereInput {
  return {
    userId,
    status: { not: 'archived' },
    createdAt: { gte: since },
  };
}

export function startOfWeek(now = new Date()) {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}
