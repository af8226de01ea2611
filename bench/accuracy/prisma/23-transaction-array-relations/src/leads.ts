import type { Prisma } from '@prisma/client';
import { prisma } from './lib/prisma';
import { sinceWhere } from './lib/where';

export async function recentPage(since: Date, page: number) {
  const where = sinceWhere(since);
  const [total, rows] = await prisma.$transaction([
    prisma.lead.count({ where }), // expect: prunes [pr23a] cross
    prisma.lead.findMany({ where, skip: page * 20, take: 20 }), // expect: prunes [pr23b] cross
  ]);
  return { total, rows };
}

export async function statusPage(status: string, page: number) {
  const where: Prisma.LeadWhereInput = { status };
  const [total, rows] = await prisma.$transaction([
    prisma.lead.count({ where }), // expect: scans-all [pr23c]
    prisma.lead.findMany({ where, skip: page * 20, take: 20 }), // expect: scans-all [pr23d]
  ]);
  return { total, rows };
}

export async function outputsOfLead(leadId: bigint) {
  return prisma.agentOutput.findMany({ where: { lead: { id: leadId } }, orderBy: { createdAt: 'desc' } }); // expect: scans-all [pr23e]
}

export async function outputsOfLeadSince(leadId: bigint, since: Date) {
  return prisma.agentOutput.findMany({ where: { leadId, createdAt: { gte: since } } }); // expect: prunes [pr23f]
}
