import { prisma } from './lib/prisma';

export async function feedWithOutputs(since: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: since } }, include: { outputs: true } }); // expect: prunes [pr10a]
}

export async function outputsWithLead(since: Date) {
  return prisma.agentOutput.findMany({ where: { createdAt: { gte: since } }, include: { lead: true } }); // expect: prunes [pr10b]
}

export async function companyWithOutputs(company: string) {
  return prisma.lead.findMany({ where: { company }, include: { outputs: { where: { kind: 'email' } } } }); // expect: scans-all [pr10c]
}
