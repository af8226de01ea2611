import type { Prisma } from '@prisma/client';

export function buildSearch(q: string): Prisma.LeadWhereInput {
  return { OR: [{ email: { contains: q } }, { company: { contains: q } }] };
}
