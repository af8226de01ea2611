import { TRPCError } from "@trpc/server";
import { z } from "zod";

import * as agentOutputRepo from "@kan/db/repository/agentOutput.repo";
import * as leadRepo from "@kan/db/repository/lead.repo";

import { createTRPCRouter, protectedProcedure } from "../trpc";
import { assertUserInCampaign } from "../utils/permissions";

export const leadRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ leadId: z.number() })).query(async ({ ctx, input }) => {
    const lead = await leadRepo.getByPublicId(ctx.db, input.leadId); // expect: scans-all [dz49a] cross

    if (!lead || lead.userId !== ctx.user.id) throw new TRPCError({ message: `Lead not found`, code: "NOT_FOUND" });
    return lead;
  }),

  withOutputs: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date() }))
    .query(async ({ ctx, input }) => {
      const lead = await leadRepo.getWithOutputsByKey(ctx.db, input.leadId, input.createdAt); // expect: prunes [dz49b] cross

      if (!lead || lead.userId !== ctx.user.id) throw new TRPCError({ message: `Lead not found`, code: "NOT_FOUND" });
      return lead;
    }),

  all: protectedProcedure
    .input(z.object({ limit: z.number().optional(), cursor: z.date().optional() }))
    .query(async ({ ctx, input }) => {
      const rows = await leadRepo.getAllByUserId(ctx.db, ctx.user.id, input); // expect: scans-all [dz49c] cross
      const total = await leadRepo.getCount(ctx.db, ctx.user.id);
      return { rows, total };
    }),

  byCampaign: protectedProcedure.input(z.object({ campaignId: z.number() })).query(async ({ ctx, input }) => {
    await assertUserInCampaign(ctx.db, ctx.user.id, input.campaignId);
    return leadRepo.getAllByCampaignId(ctx.db, input.campaignId); // expect: scans-all [dz49o] cross
  }),

  outputs: protectedProcedure
    .input(z.object({ leadId: z.number(), limit: z.number().optional(), cursor: z.date().optional() }))
    .query(({ ctx, input }) => agentOutputRepo.getPaginatedOutputs(ctx.db, input.leadId, input)),

  outputsSinceCreated: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date() }))
    .query(async ({ ctx, input }) => {
      const outputs = await agentOutputRepo.getForLeadSince(ctx.db, { id: input.leadId, createdAt: input.createdAt }); // expect: prunes [dz49j] cross
      return outputs;
    }),

  update: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date(), company: z.string().optional(), status: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      const [result] = await leadRepo.update(ctx.db, input); // expect: prunes [dz49e] cross

      if (!result) throw new TRPCError({ message: `Unable to update lead`, code: "INTERNAL_SERVER_ERROR" });
      return result;
    }),

  // Clears the outputs written since the lead was created, then archives the lead itself.
  delete: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction(async (tx) => {
        await agentOutputRepo.deleteForLead(tx as typeof ctx.db, { leadId: input.leadId, createdAt: input.createdAt }); // expect: prunes [dz49k] cross
      });
      return leadRepo.softDelete(ctx.db, { leadId: input.leadId });
    }),
});
