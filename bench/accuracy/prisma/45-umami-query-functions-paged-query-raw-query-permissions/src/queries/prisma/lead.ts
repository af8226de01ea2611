import { Prisma } from '@prisma/client';
import prisma, { QueryFilters } from '@/lib/prisma';

async function findLead(criteria: Prisma.LeadFindFirstArgs) {
  return prisma.client.lead.findFirst(criteria); // expect: scans-all [pr45a] cross
}

export async function getLead(leadId: bigint) {
  return findLead({
    where: {
      id: leadId,
    },
  });
}

export async function getUserLead(leadId: bigint, userId: bigint) {
  return findLead({
    where: {
      id: leadId,
      userId,
    },
  });
}

export async function getLeads(criteria: Prisma.LeadFindManyArgs, filters: QueryFilters) {
  const { search } = filters;

  const where: Prisma.LeadWhereInput = {
    ...criteria.where,
    ...prisma.getSearchParameters(search, [{ company: 'contains' }, { email: 'contains' }]),
  };

  return prisma.pagedQuery('lead', { ...criteria, where }, filters);
}

export async function getUserLeads(userId: bigint, filters?: QueryFilters) {
  return getLeads({ where: { userId } }, { orderBy: 'company', ...filters });
}

export async function getCampaignLeads(campaignId: bigint, filters?: QueryFilters) {
  return getLeads({ where: { campaignId } }, { ...filters });
}

export async function countLeadsSince(userId: bigint, startDate: Date) {
  return prisma.client.lead.count({
    where: {
      userId,
      createdAt: { gte: startDate },
    },
  }); // expect: prunes [pr45k] cross
}

export async function updateLead(leadId: bigint, createdAt: Date, data: Prisma.LeadUpdateInput) {
  return prisma.client.lead.update({
    where: {
      id_createdAt: { id: leadId, createdAt },
    },
    data,
  }); // expect: prunes [pr45c] cross
}

export async function deleteLead(leadId: bigint) {
  const { client, transaction } = prisma;

  return transaction([
    client.agentOutput.deleteMany({
      where: { leadId },
    }),
    client.lead.deleteMany({
      where: { id: leadId },
    }),
  ]); // expect: scans-all [pr45d]
}
