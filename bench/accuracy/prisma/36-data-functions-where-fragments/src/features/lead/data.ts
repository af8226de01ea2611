import 'server-only';

import { type Prisma, prisma } from '../../database';
import { activeLeadWhere, startOfWeek } from './utils';

export async function listLeads({
  userId,
  status,
  q,
  page = 1,
  pageSize = 20,
}: {
  userId: bigint;
  status?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}) {
  // Build the where clause based on filters
  const where: Prisma.LeadWhereInput = {
    userId,
    ...(status && { status }),
    ...(q && { company: { contains: q, mode: 'insensitive' } }),
  };

  const [total, leads] = await Promise.all([
    prisma.lead.count({ where }), // expect: scans-all [pr36a]
    prisma.lead.findMany({
      where,
      select: { id: true, email: true, company: true, status: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }), // expect: scans-all [pr36b]
  ]);

  return { total, leads, hasNextPage: page * pageSize < total };
}

export async function getActiveLeads({ userId }: { userId: bigint }) {
  const leads = await prisma.lead.findMany({
    where: { ...activeLeadWhere({ userId, since: startOfWeek() }), campaignId: { not: null } },
    select: { id: true, email: true, campaignId: true },
  }); // expect: prunes [pr36c] cross
  return leads;
}

export async function getActiveOutputs({ userId }: { userId: bigint }) {
  return prisma.agentOutput.findMany({
    where: { lead: activeLeadWhere({ userId, since: startOfWeek() }) },
    orderBy: { createdAt: 'desc' },
    take: 100,
  }); // expect: scans-all [pr36d] cross
}
