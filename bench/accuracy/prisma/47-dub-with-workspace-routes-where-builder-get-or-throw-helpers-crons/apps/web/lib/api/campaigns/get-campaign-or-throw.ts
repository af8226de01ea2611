import { prisma } from '@/lib/prisma';

export const getCampaignOrThrow = async ({ workspaceId, campaignId }: { workspaceId: bigint; campaignId: bigint }) => {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId } }); // expect: scans-all [pr47j]
  if (!campaign || campaign.userId !== workspaceId) throw new Error('not_found');
  return campaign;
};
