import type { Prisma } from '@prisma/client';
import { prisma } from '../prisma';

export type GetLeadWhereInputOptions = {
  leadId: bigint;
  userId: bigint;
  campaignId?: bigint;
};

/** The where of a lead the user may see: their own, or one of a campaign they own. */
export const getLeadWhereInput = async ({ leadId, userId, campaignId }: GetLeadWhereInputOptions): Promise<Prisma.LeadWhereInput> => {
  if (campaignId !== undefined) {
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { id: campaignId, userId } }); // expect: prunes [pr29a]
    return { id: leadId, campaignId: campaign.id };
  }
  return { id: leadId, userId };
};
