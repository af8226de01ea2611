import { getCampaign, getLead } from '@/queries';

export async function canViewLead({ user }: { user: { id: bigint; isAdmin: boolean } }, leadId: bigint) {
  if (user?.isAdmin) {
    return true;
  }

  const lead = await getLead(leadId);

  return lead?.userId === user.id;
}

export async function canUpdateCampaign({ user }: { user: { id: bigint; isAdmin: boolean } }, campaignId: bigint) {
  const campaign = await getCampaign(campaignId);

  return campaign?.userId === user.id;
}
