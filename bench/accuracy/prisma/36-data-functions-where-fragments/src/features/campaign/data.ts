import 'server-only';

import { prisma } from '../../database';
import { manageableCampaignWhere } from './utils';

export async function canUserManageCampaign({ userId, campaignId, team }: { userId: bigint; campaignId: bigint; team?: string }) {
  const campaign = await prisma.campaign.findFirst({
    where: {
      id: campaignId,
      ...manageableCampaignWhere({ userId, team }),
    },
    select: { id: true },
  }); // expect: prunes [pr36e] cross
  return Boolean(campaign);
}
