import type { Prisma } from '@prisma/client';

export const withoutErrors: Prisma.LeadWhereInput = { outputs: { none: { kind: 'error' } } };

export const ownedSince = (userId: bigint, since: Date): Prisma.LeadWhereInput => ({ userId, createdAt: { gte: since } });
