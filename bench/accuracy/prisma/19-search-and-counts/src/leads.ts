import { prisma } from './lib/prisma';
import { buildSearch } from './search';

export async function search(q: string) {
  return prisma.lead.findMany({ where: buildSearch(q), take: 20 }); // expect: scans-all [pr19a] cross
}

export async function insensitive(q: string) {
  return prisma.lead.findMany({ where: { company: { contains: q, mode: 'insensitive' } } }); // expect: scans-all [pr19b]
}

export async function recentWithCounts(since: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: since } }, include: { _count: { select: { outputs: true } } } }); // expect: scans-all [pr19c]
}
