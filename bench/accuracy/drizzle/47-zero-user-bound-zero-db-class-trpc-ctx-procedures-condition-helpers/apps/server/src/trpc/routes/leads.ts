import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { leads } from '../../db/schema';
import { buildLeadFilters, countLeadsSince, leadWindow } from '../../lib/lead-filters';
import { getZeroDB } from '../../lib/zero-db';
import { activeCampaignProcedure, privateProcedure, router } from '../trpc';

const leadColumns = { id: leads.id, company: leads.company, email: leads.email, status: leads.status, createdAt: leads.createdAt };

export const leadsRouter = router({
  list: privateProcedure.input(z.object({ range: z.enum(['7d', '30d', '90d']).default('30d') })).query(async ({ input, ctx }) => {
    const { db, sessionUser } = ctx;
    return await db
      .select(leadColumns)
      .from(leads)
      .where(and(eq(leads.userId, sessionUser.id), ...leadWindow(input.range)))
      .orderBy(desc(leads.createdAt)); // expect: prunes [dz47h] cross
  }),
  search: privateProcedure.input(z.object({ q: z.string().optional(), status: z.string().optional() })).query(async ({ input, ctx }) => {
    const { db, sessionUser } = ctx;
    return await db
      .select(leadColumns)
      .from(leads)
      .where(and(...buildLeadFilters(sessionUser.id, input)))
      .limit(100); // expect: scans-all [dz47i] cross
  }),
  recent: privateProcedure.query(async ({ ctx }) => {
    const db = await getZeroDB(ctx.sessionUser.id);
    return db.findRecentLeads();
  }),
  inCampaign: activeCampaignProcedure.query(async ({ ctx }) => {
    const { db, activeCampaign } = ctx;
    return await db.query.leads.findMany({
      where: eq(leads.campaignId, activeCampaign.id),
      with: { outputs: true },
    }); // expect: scans-all [dz47j]
  }),
  setStatus: privateProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date(), status: z.string() }))
    .mutation(async ({ input, ctx }) => {
      const db = await getZeroDB(ctx.sessionUser.id);
      await db.updateLead(input.leadId, input.createdAt, { status: input.status });
    }),
  delete: privateProcedure.input(z.object({ leadId: z.number() })).mutation(async ({ input, ctx }) => {
    const db = await getZeroDB(ctx.sessionUser.id);
    await db.deleteLead(input.leadId);
  }),
  outputs: privateProcedure.input(z.object({ leadId: z.number() })).query(async ({ input, ctx }) => {
    const db = await getZeroDB(ctx.sessionUser.id);
    return db.findLeadOutputs(input.leadId);
  }),
  countThisMonth: privateProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const [row] = await countLeadsSince(ctx.db, ctx.sessionUser.id, new Date(now.getFullYear(), now.getMonth(), 1)); // expect: prunes [dz47n] cross
    return row?.count ?? 0;
  }),
  countSince: privateProcedure.input(z.object({ since: z.date().optional() })).query(async ({ input, ctx }) => {
    const [row] = await countLeadsSince(ctx.db, ctx.sessionUser.id, input.since ?? new Date(0)); // expect: scans-all [dz47o] cross
    if (!row) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
    return row.count;
  }),
});
