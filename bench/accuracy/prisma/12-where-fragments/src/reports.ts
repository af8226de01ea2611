import { prisma } from './lib/prisma';
import { createdWithinDays, ofCompany } from './lib/where';

export async function wonThisWeek() {
  return prisma.lead.findMany({ where: { ...createdWithinDays(7), status: 'won' } }); // expect: prunes [pr12a] cross
}

export async function companyLeads(company: string) {
  return prisma.lead.findMany({ where: ofCompany(company) }); // expect: scans-all [pr12b] cross
}

export async function companyThisMonth(company: string) {
  return prisma.lead.count({ where: { AND: [ofCompany(company), createdWithinDays(30)] } }); // expect: prunes [pr12c] cross
}
