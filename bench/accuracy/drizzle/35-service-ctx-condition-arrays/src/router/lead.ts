import { z } from 'zod';
import { db } from '../db';
import { acknowledgeLead } from '../services/lead/acknowledge';
import { listLeads } from '../services/lead/list';
import { outputsForLeads } from '../services/lead/outputs';
import { periodToSince } from '../services/lead/period';
import { retryRead } from '../services/retry';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const leadRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ period: z.enum(['1d', '7d', '14d']).optional(), campaignId: z.number().optional() }).optional())
    .query(async ({ ctx, input }) => {
      const { items } = await listLeads({
        ctx: { workspace: ctx.workspace },
        input: { period: input?.period, campaignId: input?.campaignId, limit: 10_000, offset: 0 },
      });
      return items;
    }),

  acknowledge: protectedProcedure.input(z.object({ id: z.number() })).mutation(async ({ ctx, input }) => {
    await acknowledgeLead({ ctx: { workspace: ctx.workspace }, input });
    return true;
  }),

  recentOutputs: protectedProcedure.input(z.object({ leadIds: z.array(z.number()) })).query(async ({ input }) => {
    return retryRead(() => outputsForLeads(db, input.leadIds, periodToSince('7d'))); // expect: prunes [dz35e] cross
  }),

  allOutputs: protectedProcedure.input(z.object({ leadIds: z.array(z.number()) })).query(async ({ input }) => {
    return retryRead(() => outputsForLeads(db, input.leadIds)); // expect: scans-all [dz35f] cross
  }),
});
