import { ApiError, logger } from "@langfuse/shared";
import { kyselyPrisma, sql } from "@langfuse/shared/src/db";
import { Job } from "bullmq";
import { evalQueue } from "../../queues/evalQueue";

type LeadEvent = {
  userId: number;
  leadId: number;
  campaignId?: number;
  timestamp?: Date;
};

export const createEvalJobs = async ({ event }: { event: LeadEvent }) => {
  // Fetch all active campaigns of the user. A campaign id narrows it to one.
  let campaignsQuery = kyselyPrisma.$kysely
    .selectFrom("campaigns")
    .selectAll()
    .where("user_id", "=", event.userId)
    .where(sql.raw("archived::text"), "=", "false");

  if (event.campaignId !== undefined) {
    campaignsQuery = campaignsQuery.where("id", "=", event.campaignId);
  }

  const campaigns = await campaignsQuery.execute(); // expect: prunes [ky41a]

  if (campaigns.length === 0) {
    logger.debug("No active campaigns found for user", { userId: event.userId });
    return;
  }

  // The lead may not be visible yet; look it up within a day of the event when we know its time.
  let leadQuery = kyselyPrisma.$kysely
    .selectFrom("leads")
    .select(["id", "status", "created_at"])
    .where("id", "=", event.leadId)
    .where("user_id", "=", event.userId);

  if (event.timestamp) {
    leadQuery = leadQuery.where("created_at", ">=", new Date(event.timestamp.getTime() - 24 * 60 * 60 * 1000));
  }

  const lead = await leadQuery.executeTakeFirst(); // expect: scans-all [ky41b]

  if (!lead) {
    throw new ApiError(`Lead ${event.leadId} not found`, 404);
  }

  for (const campaign of campaigns) {
    await evalQueue.add("lead-eval", { leadId: lead.id, leadCreatedAt: lead.created_at, campaignId: campaign.id });
  }
};

export const cancelPendingOutputs = async (leadId: number) => {
  await kyselyPrisma.$kysely
    .updateTable("agent_outputs")
    .set({ kind: "cancelled" })
    .where("lead_id", "=", leadId)
    .where("kind", "=", "pending")
    .execute(); // expect: scans-all [ky41c]
};

export const evalJobErrorHandler = async (job: Job<{ payload: { leadId: number; userId: number } }>, e: unknown) => {
  if (e instanceof ApiError && (e.httpCode === 429 || e.httpCode >= 500)) {
    // Retry unless the lead is older than a day.
    const leadRow = await kyselyPrisma.$kysely
      .selectFrom("leads")
      .select("created_at")
      .where("id", "=", job.data.payload.leadId)
      .where("user_id", "=", job.data.payload.userId)
      .executeTakeFirst(); // expect: scans-all [ky41d]

    if (leadRow && leadRow.created_at > new Date(Date.now() - 24 * 60 * 60 * 1000)) {
      throw e;
    }
  }
  await cancelPendingOutputs(job.data.payload.leadId);
};
