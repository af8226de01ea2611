import { prisma } from '@/lib/prisma';
import { getLeadsWhere, type LeadsQuery } from './get-leads-where';

export async function getLeadsForWorkspace({
  sortOrder = 'desc',
  page = 1,
  pageSize = 100,
  ...query
}: LeadsQuery & { sortOrder?: 'asc' | 'desc'; page?: number; pageSize?: number }) {
  return prisma.lead.findMany({
    where: getLeadsWhere(query),
    orderBy: { createdAt: sortOrder },
    take: pageSize,
    skip: (page - 1) * pageSize,
  }); // expect: scans-all [pr47a] cross
}
