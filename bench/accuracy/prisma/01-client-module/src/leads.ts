import { prisma } from './lib/prisma';

export async function companyLeads(company: string) {
  return prisma.lead.findMany({ where: { company }, take: 50 }); // expect: scans-all [pr01a]
}

export async function companySince(company: string, since: Date) {
  return prisma.lead.findMany({ where: { company, createdAt: { gte: since } } }); // expect: prunes [pr01b]
}

export async function byKey(id: bigint, createdAt: Date) {
  return prisma.lead.findUnique({ where: { id_createdAt: { id, createdAt } } }); // expect: prunes [pr01c]
}

export async function byId(id: bigint) {
  return prisma.lead.findFirst({ where: { id } }); // expect: scans-all [pr01d]
}
