import { TRPCError } from "@trpc/server";

import type { dbClient } from "@kan/db/client";
import * as campaignRepo from "@kan/db/repository/campaign.repo";

// Admin tools reach campaigns by id alone; the owner check happens on the loaded row.
export async function assertCanEdit(db: dbClient, userId: number, campaignId: number) {
  const campaign = await campaignRepo.getByPublicId(db, campaignId); // expect: scans-all [dz49m] cross

  if (!campaign) throw new TRPCError({ message: `Campaign not found`, code: "NOT_FOUND" });
  if (campaign.userId !== userId) throw new TRPCError({ message: `You do not have access to this campaign`, code: "FORBIDDEN" });
  return campaign;
}

export async function assertUserInCampaign(db: dbClient, userId: number, campaignId: number) {
  const isMember = await campaignRepo.isUserInCampaign(db, userId, campaignId);

  if (!isMember) throw new TRPCError({ message: `You do not have access to this campaign`, code: "FORBIDDEN" });
}
