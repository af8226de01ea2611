import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { and, asc, eq } from "@openstatus/db";
import { campaigns, leads } from "@openstatus/db/src/schema";

import { createTRPCRouter, protectedProcedure } from "../trpc";
import { ownedCampaigns } from "./shared";

export const campaignRouter = createTRPCRouter({
  list: protectedProcedure.query(async (opts) => {
    return opts.ctx.db
      .select()
      .from(campaigns)
      .where(ownedCampaigns(opts.ctx))
      .orderBy(asc(campaigns.name)); // expect: prunes [dz44g] cross
  }),

  attachLead: protectedProcedure
    .input(z.object({ campaignId: z.number(), leadId: z.number() }))
    .mutation(async (opts) => {
      const campaign = await opts.ctx.db.query.campaigns.findFirst({
        where: eq(campaigns.id, opts.input.campaignId),
      }); // expect: scans-all [dz44h]
      if (!campaign || campaign.userId !== opts.ctx.user.id) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return campaign;
    }),

  delete: protectedProcedure
    .input(z.object({ id: z.number() }))
    .mutation(async (opts) => {
      await opts.ctx.db.transaction(async (tx) => {
        await tx
          .update(leads)
          .set({ campaignId: null })
          .where(eq(leads.campaignId, opts.input.id)); // expect: scans-all [dz44l]
        await tx
          .delete(campaigns)
          .where(and(eq(campaigns.id, opts.input.id), eq(campaigns.userId, opts.ctx.user.id))); // expect: prunes [dz44m]
      });
    }),
});
