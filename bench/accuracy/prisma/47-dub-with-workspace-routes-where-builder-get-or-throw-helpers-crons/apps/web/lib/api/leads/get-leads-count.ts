import { prisma } from '@/lib/prisma';
import { getLeadsWhere, type LeadsQuery } from './get-leads-where';

export async function getLeadsCount(query: LeadsQuery) {
  return prisma.lead.groupBy({
    by: ['status'],
    where: getLeadsWhere(query),
    _count: true,
  }); // expect: prunes [pr47b] cross
}
