import type { Prisma } from '@prisma/client';

export const leadMinimalSelect = {
  id: true,
  email: true,
  company: true,
  status: true,
  createdAt: true,
} satisfies Prisma.LeadSelect;
