import { newLeadsPage, recentLeadsPage } from './lib/args';
import { prisma } from './lib/prisma';

export async function newLeads(page: number) {
  return prisma.lead.findMany(newLeadsPage(page)); // expect: scans-all [pr13a] cross
}

export async function recentLeads(since: Date, page: number) {
  return prisma.lead.findMany(recentLeadsPage(since, page)); // expect: prunes [pr13b] cross
}
