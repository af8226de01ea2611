import { prisma } from './lib/prisma';

export const leadRepository = {
  ofCampaign(campaignId: bigint) {
    return prisma.lead.findMany({ where: { campaignId } }); // expect: scans-all [pr08a]
  },
  ofCampaignSince(campaignId: bigint, since: Date) {
    return prisma.lead.findMany({ where: { campaignId, createdAt: { gte: since } } }); // expect: prunes [pr08b]
  },
};
