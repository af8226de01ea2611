import type { Prisma } from '@prisma/client';

export interface LeadFilters {
  status?: string;
  from?: Date;
}

export function leadWhere(f: LeadFilters): Prisma.LeadWhereInput {
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.from ? { createdAt: { gte: f.from } } : {}),
  };
}
