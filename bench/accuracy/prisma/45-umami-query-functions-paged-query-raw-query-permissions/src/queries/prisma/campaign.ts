import { Prisma } from '@prisma/client';
import prisma from '@/lib/prisma';

async function findCampaigns(criteria: Prisma.CampaignFindManyArgs) {
  return prisma.client.campaign.findMany(criteria); // expect: prunes [pr45i] cross
}

export async function getCampaign(campaignId: bigint) {
  return prisma.client.campaign.findFirst({
    where: { id: campaignId },
  }); // expect: scans-all [pr45j]
}

export async function getUserCampaigns(userId: bigint) {
  return findCampaigns({
    where: { userId, archived: false },
    orderBy: { name: 'asc' },
  });
}

export async function updateCampaign(campaignId: bigint, userId: bigint, data: Prisma.CampaignUpdateInput) {
  return prisma.client.campaign.update({
    where: { id_userId: { id: campaignId, userId } },
    data,
  }); // expect: prunes [pr45m]
}
