import { subDays } from 'date-fns';
import { z } from 'zod';

import { and, asc, desc, eq, gte } from '@homarr/db';
import { agentOutputs, campaigns, leads } from '@homarr/db/schema';

import { createTRPCRouter, protectedProcedure, publicProcedure } from '../../trpc';
import { getFullLeadWithWhereAsync } from './full-lead-query';
import { throwIfActionForbiddenAsync } from './lead-access';

export const leadRouter = createTRPCRouter({
  getLeadById: protectedProcedure.input(z.object({ id: z.number() })).query(async ({ ctx, input }) => {
    return await getFullLeadWithWhereAsync(ctx.db, eq(leads.id, input.id), ctx.session.user.id); // expect: scans-all [dz42a] cross
  }),
  getSharedLead: publicProcedure.input(z.object({ id: z.number(), createdAt: z.date() })).query(async ({ ctx, input }) => {
    return await getFullLeadWithWhereAsync(ctx.db, and(eq(leads.id, input.id), eq(leads.createdAt, input.createdAt))!, null); // expect: scans-all [dz42g] cross
  }),
  getRecentLeads: protectedProcedure.query(async ({ ctx }) => {
    return await ctx.db.query.leads.findMany({
      where: and(eq(leads.userId, Number(ctx.session.user.id)), gte(leads.createdAt, subDays(new Date(), 7))),
      orderBy: desc(leads.createdAt),
      limit: 50,
    }); // expect: prunes [dz42c]
  }),
  getCampaigns: protectedProcedure.query(async ({ ctx }) => {
    return await ctx.db.query.campaigns.findMany({
      where: eq(campaigns.userId, Number(ctx.session.user.id)),
      orderBy: asc(campaigns.name),
    }); // expect: prunes [dz42f]
  }),
  updateLeadStatus: protectedProcedure
    .input(z.object({ id: z.number(), createdAt: z.date(), status: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await throwIfActionForbiddenAsync(ctx, and(eq(leads.id, input.id), eq(leads.createdAt, input.createdAt))!, 'modify'); // expect: prunes [dz42d] cross

      await ctx.db
        .update(leads)
        .set({ status: input.status })
        .where(and(eq(leads.id, input.id), eq(leads.createdAt, input.createdAt))); // expect: prunes [dz42b]
    }),
  deleteLead: protectedProcedure.input(z.object({ id: z.number() })).mutation(async ({ ctx, input }) => {
    await throwIfActionForbiddenAsync(ctx, eq(leads.id, input.id), 'full'); // expect: scans-all [dz42e] cross

    await ctx.db.delete(agentOutputs).where(eq(agentOutputs.leadId, input.id)); // expect: scans-all [dz42h]
    await ctx.db.delete(leads).where(eq(leads.id, input.id)); // expect: scans-all [dz42i]
  }),
});
