import { leadWhere, type LeadFilters } from './filters';
import { prisma } from './lib/prisma';

export async function search(f: LeadFilters) {
  return prisma.lead.findMany({ where: leadWhere(f), take: 100 }); // expect: scans-all [pr05a] cross
}

export async function searchSince(f: LeadFilters, since: Date) {
  return prisma.lead.findMany({ where: { AND: [leadWhere(f), { createdAt: { gte: since } }] } }); // expect: prunes [pr05b] cross
}
