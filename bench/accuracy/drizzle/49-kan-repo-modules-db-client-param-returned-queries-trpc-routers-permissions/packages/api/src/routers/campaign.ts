import { z } from "zod";

import * as campaignRepo from "@kan/db/repository/campaign.repo";

import { createTRPCRouter, protectedProcedure } from "../trpc";
import { assertCanEdit } from "../utils/permissions";

const DAY = 24 * 60 * 60 * 1000;

export const campaignRouter = createTRPCRouter({
  all: protectedProcedure.query(({ ctx }) => campaignRepo.getAllByUserId(ctx.db, ctx.user.id)), // expect: prunes [dz49l] cross

  stats: protectedProcedure
    .input(z.object({ days: z.number().min(1).max(365).default(30) }))
    .query(async ({ ctx, input }) => {
      const since = new Date(Date.now() - input.days * DAY);
      const counts = await campaignRepo.getLeadCountsByUser(ctx.db, ctx.user.id, since); // expect: prunes [dz49p] cross
      return counts;
    }),

  rename: protectedProcedure
    .input(z.object({ campaignId: z.number() }))
    .mutation(async ({ ctx, input }) => assertCanEdit(ctx.db, ctx.user.id, input.campaignId)),
});
