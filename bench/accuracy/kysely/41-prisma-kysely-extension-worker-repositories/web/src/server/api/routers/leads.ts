import { z } from "zod";
import { createTRPCRouter, protectedUserProcedure } from "@/src/server/api/trpc";
import { getLeadCountsByStatus, getLeadsInRange, getLeadsPage } from "@langfuse/shared/src/server/repositories/leads";

export const leadsRouter = createTRPCRouter({
  all: protectedUserProcedure
    .input(z.object({ limit: z.number().default(50), page: z.number().default(0) }))
    .query(async ({ input, ctx }) => {
      return getLeadsPage(ctx.session.user.id, input.limit, input.page);
    }),
  inRange: protectedUserProcedure
    .input(z.object({ from: z.date(), to: z.date() }))
    .query(async ({ input, ctx }) => {
      return getLeadsInRange(ctx.session.user.id, input.from, input.to);
    }),
  statusCounts: protectedUserProcedure
    .input(z.object({ days: z.number().default(30) }))
    .query(async ({ input, ctx }) => {
      return getLeadCountsByStatus(ctx.session.user.id, new Date(Date.now() - input.days * 24 * 60 * 60 * 1000));
    }),
});
