import prisma from "@/lib/prisma";

import { LeadError, TeamError } from "../errorHandler";

interface ICampaignUserAndLead {
  campaignId: bigint;
  userId: bigint;
  leadId?: bigint;
}

export async function getCampaignWithUserAndLead({ campaignId, userId, leadId }: ICampaignUserAndLead) {
  const campaign = await prisma.campaign.findUnique({
    where: {
      id_userId: { id: campaignId, userId },
    },
  }); // expect: prunes [pr50a]

  // check if the campaign exists for this user
  if (!campaign) {
    throw new TeamError("Campaign doesn't exists");
  }

  if (!leadId) {
    return { campaign };
  }

  // check if the lead exists in the campaign
  const lead = await prisma.lead.findFirst({
    where: {
      id: leadId,
      campaignId: campaign.id,
    },
  }); // expect: scans-all [pr50b]

  if (!lead) {
    throw new LeadError("Lead doesn't exists");
  }

  return { campaign, lead };
}
