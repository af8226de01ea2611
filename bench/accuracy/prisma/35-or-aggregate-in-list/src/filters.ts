import type { Prisma } from '@prisma/client';

export const recentOrVip = (since: Date): Prisma.LeadWhereInput => ({ OR: [{ createdAt: { gte: since } }, { status: 'vip' }] });

export const inEitherWindow = (a: { from: Date; to: Date }, b: { from: Date; to: Date }): Prisma.LeadWhereInput => ({
  OR: [{ createdAt: { gte: a.from, lt: a.to } }, { createdAt: { gte: b.from, lt: b.to } }],
});
