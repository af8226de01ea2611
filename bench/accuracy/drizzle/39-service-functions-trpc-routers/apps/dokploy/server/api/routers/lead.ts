import { TRPCError } from '@trpc/server';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../../../../../packages/server/src/db/index';
import { leads } from '../../../../../packages/server/src/db/schema/index';
import { findAllOutputsByLeadId } from '../../../../../packages/server/src/services/agent-output';
import { findCampaignsByUser } from '../../../../../packages/server/src/services/campaign';
import { findLeadById, findLeadsByUserInMonth, updateLead } from '../../../../../packages/server/src/services/lead';
import { adminProcedure, createTRPCRouter, protectedProcedure } from '../trpc';

const apiFindOneLead = z.object({ leadId: z.number() });

export const leadRouter = createTRPCRouter({
  one: protectedProcedure.input(apiFindOneLead).query(async ({ input, ctx }) => {
    const lead = await findLeadById(input.leadId); // expect: scans-all [dz39a] cross
    if (lead.userId !== ctx.session.userId) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'You are not authorized to access this lead' });
    }
    return lead;
  }),

  outputs: protectedProcedure.input(apiFindOneLead).query(async ({ input }) => {
    return await findAllOutputsByLeadId(input.leadId); // expect: scans-all [dz39b] cross
  }),

  byMonth: protectedProcedure.input(z.object({ month: z.string() })).query(async ({ input, ctx }) => {
    return await findLeadsByUserInMonth(ctx.session.userId, input.month); // expect: prunes [dz39e] cross
  }),

  update: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date(), status: z.string() }))
    .mutation(async ({ input }) => {
      const { leadId, createdAt, ...rest } = input;
      return await updateLead(leadId, createdAt, rest); // expect: prunes [dz39c] cross
    }),

  withOutputs: protectedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date() }))
    .query(async ({ input }) => {
      return await db.query.leads.findFirst({
        where: and(eq(leads.id, input.leadId), eq(leads.createdAt, input.createdAt)),
        with: { outputs: true },
      }); // expect: scans-all [dz39h]
    }),

  campaigns: protectedProcedure.query(async ({ ctx }) => {
    return await findCampaignsByUser(ctx.session.userId); // expect: prunes [dz39f] cross
  }),

  newCount: adminProcedure.query(async () => {
    const [row] = await db.select({ count: count() }).from(leads).where(eq(leads.status, 'new')); // expect: scans-all [dz39g]
    return row?.count ?? 0;
  }),
});
