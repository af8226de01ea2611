import type { Prisma } from '@prisma/client';

export function sinceWhere(since: Date, status?: string): Prisma.LeadWhereInput {
  return { createdAt: { gte: since }, ...(status ? { status } : {}) };
}
