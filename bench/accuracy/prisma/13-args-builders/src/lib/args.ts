import type { Prisma } from '@prisma/client';

export function newLeadsPage(page: number): Prisma.LeadFindManyArgs {
  return { where: { status: 'new' }, orderBy: { id: 'desc' }, skip: page * 20, take: 20 };
}

export function recentLeadsPage(since: Date, page: number): Prisma.LeadFindManyArgs {
  return { where: { createdAt: { gte: since } }, orderBy: { createdAt: 'desc' }, skip: page * 20, take: 20 };
}
