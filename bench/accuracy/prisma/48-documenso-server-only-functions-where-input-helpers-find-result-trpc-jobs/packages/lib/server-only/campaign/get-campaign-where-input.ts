import type { Prisma } from '@documenso/prisma';

export const getCampaignWhereInput = ({ campaignId, userId }: { campaignId: number; userId: number }): Prisma.CampaignWhereInput => ({
  id: BigInt(campaignId),
  userId: BigInt(userId),
  archived: false,
});
