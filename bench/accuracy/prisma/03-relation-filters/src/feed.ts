import { prisma } from './lib/prisma';

export async function leadsWithEmails(since: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: since }, outputs: { some: { kind: 'email' } } } }); // expect: scans-all [pr03a]
}

export async function leadsWithRecentEmails(since: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: since }, outputs: { some: { kind: 'email', createdAt: { gte: since } } } } }); // expect: prunes [pr03b]
}

export async function outputsOfCompany(company: string, since: Date) {
  return prisma.agentOutput.findMany({ where: { createdAt: { gte: since }, lead: { company } } }); // expect: scans-all [pr03c]
}

export async function outputsOfRecentCompanyLeads(company: string, since: Date) {
  return prisma.agentOutput.findMany({ where: { createdAt: { gte: since }, lead: { company, createdAt: { gte: since } } } }); // expect: prunes [pr03d]
}
