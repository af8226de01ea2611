import type { Prisma } from '@prisma/client';

export const createdWithinDays = (days: number): Prisma.LeadWhereInput => ({ createdAt: { gte: new Date(Date.now() - days * 86_400_000) } });

export const ofCompany = (company: string): Prisma.LeadWhereInput => ({ company });
