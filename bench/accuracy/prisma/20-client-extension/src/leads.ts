import { prisma } from './lib/prisma';
import { recentPrisma } from './lib/recent-prisma';

export async function recentOfCompany(company: string) {
  return recentPrisma.lead.findMany({ where: { company } }); // expect: prunes [pr20a] cross
}

export async function allOfCompany(company: string) {
  return prisma.lead.findMany({ where: { company } }); // expect: scans-all [pr20b]
}
