"use server";

import { z } from "zod";
import { authenticatedActionClient } from "@/lib/utils/action-client";
import { checkAuthorizationUpdated } from "@/lib/utils/action-client-middleware";
import { deleteLead, getLead, getLeadCountByUserId, getLeadsByUserId, updateLead } from "@/lib/lead/service";
import { getOutputsByLeadId } from "@/lib/agentOutput/service";
import { getCampaigns } from "@/lib/campaign/service";

const ZGetLeadsAction = z.object({
  limit: z.number().optional(),
  offset: z.number().optional(),
  filterCriteria: z
    .object({
      createdAt: z.object({ min: z.date().optional(), max: z.date().optional() }).optional(),
      status: z.array(z.string()).optional(),
    })
    .optional(),
});

export const getLeadsAction = authenticatedActionClient.schema(ZGetLeadsAction).action(async ({ ctx, parsedInput }) => {
  const userId = BigInt(ctx.user.id);
  const [leads, count, campaigns] = await Promise.all([
    getLeadsByUserId(userId, parsedInput.limit, parsedInput.offset, parsedInput.filterCriteria),
    getLeadCountByUserId(userId),
    getCampaigns(userId),
  ]);
  return { leads, count, campaigns };
});

export const getLeadAction = authenticatedActionClient
  .schema(z.object({ leadId: z.string() }))
  .action(async ({ ctx, parsedInput }) => {
    const lead = await getLead(BigInt(parsedInput.leadId));
    await checkAuthorizationUpdated({ userId: ctx.user.id, ownerId: lead?.userId });
    const outputs = await getOutputsByLeadId(BigInt(parsedInput.leadId));
    return { lead, outputs };
  });

export const updateLeadAction = authenticatedActionClient
  .schema(z.object({ leadId: z.string(), createdAt: z.date(), status: z.string() }))
  .action(async ({ parsedInput }) => {
    return await updateLead(BigInt(parsedInput.leadId), parsedInput.createdAt, { status: parsedInput.status });
  });

export const deleteLeadAction = authenticatedActionClient
  .schema(z.object({ leadId: z.string() }))
  .action(async ({ parsedInput }) => {
    await deleteLead(BigInt(parsedInput.leadId));
  });
