import { prisma } from '@documenso/prisma';
import { getCampaignWhereInput } from './get-campaign-where-input';

export const getCampaigns = async ({ userId }: { userId: number }) => {
  return await prisma.campaign.findMany({
    where: { userId: BigInt(userId), archived: false },
    orderBy: { name: 'asc' },
  }); // expect: prunes [pr48h]
};

export const getCampaignById = async ({ campaignId, userId }: { campaignId: number; userId: number }) => {
  return await prisma.campaign.findFirstOrThrow({ where: getCampaignWhereInput({ campaignId, userId }) }); // expect: prunes [pr48i] cross
};

export const moveLeadsToCampaign = async ({ userId, campaignId, leadIds }: { userId: number; campaignId: number; leadIds: number[] }) => {
  const campaign = await getCampaignById({ campaignId, userId });
  return await prisma.lead.updateMany({
    where: { id: { in: leadIds.map((id) => BigInt(id)) }, userId: BigInt(userId) },
    data: { campaignId: campaign.id },
  }); // expect: scans-all [pr48j]
};
