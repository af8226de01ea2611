import type { Prisma } from '@prisma/client';

export const leadSelection = {
  id: true,
  email: true,
  status: true,
  createdAt: true,
  _count: { select: { outputs: true } },
} satisfies Prisma.LeadSelect;

export const leadListSelection = {
  id: true,
  email: true,
  company: true,
  createdAt: true,
} satisfies Prisma.LeadSelect;
