import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { leads } from '@karakeep/db';
import { authedProcedure, experimental_standaloneMiddleware, router, type AuthedContext } from '../index';
import { Lead } from '../models/leads';
import { matcherToCondition, parseSearchQuery } from '../lib/search';
import { sinceDays } from '../lib/time';

export const ensureLeadOwnership = experimental_standaloneMiddleware(async (opts) => {
  const ctx = opts.ctx as AuthedContext;
  const input = (await opts.getRawInput()) as { leadId: number };
  const lead = await ctx.db.query.leads.findFirst({
    where: eq(leads.id, input.leadId),
    columns: { userId: true },
  }); // expect: scans-all [dz46m]
  if (!lead) throw new TRPCError({ code: 'NOT_FOUND' });
  if (lead.userId !== ctx.user.id) throw new TRPCError({ code: 'FORBIDDEN' });
  return opts.next();
});

async function getLead(ctx: AuthedContext, leadId: number) {
  const lead = await ctx.db.query.leads.findFirst({
    where: and(eq(leads.userId, ctx.user.id), eq(leads.id, leadId)),
    with: { outputs: true },
  }); // expect: scans-all [dz46b]
  if (!lead) throw new TRPCError({ code: 'NOT_FOUND' });
  return lead;
}

export const leadsAppRouter = router({
  getLead: authedProcedure
    .input(z.object({ leadId: z.number() }))
    .use(ensureLeadOwnership)
    .query(async ({ input, ctx }) => getLead(ctx, input.leadId)),
  getLeads: authedProcedure
    .input(z.object({ status: z.string().optional(), campaignId: z.number().optional(), cursor: z.object({ createdAt: z.date(), id: z.number() }).nullish(), limit: z.number().default(20) }))
    .query(async ({ input, ctx }) => Lead.loadMulti(ctx, input)),
  updateStatus: authedProcedure
    .input(z.object({ leadId: z.number(), status: z.string() }))
    .mutation(async ({ input, ctx }) => {
      const lead = await Lead.fromId(ctx, input.leadId);
      await lead.updateStatus(input.status);
      return lead.getOutputs();
    }),
  deleteLead: authedProcedure.input(z.object({ leadId: z.number() })).mutation(async ({ input, ctx }) => {
    const lead = await Lead.fromId(ctx, input.leadId);
    await lead.delete();
  }),
  searchLeads: authedProcedure.input(z.object({ text: z.string() })).query(async ({ input, ctx }) => {
    const matcher = parseSearchQuery(input.text);
    return ctx.db
      .select()
      .from(leads)
      .where(and(eq(leads.userId, ctx.user.id), matcherToCondition(matcher)))
      .limit(50); // expect: scans-all [dz46i] cross
  }),
  recentLeads: authedProcedure.query(async ({ ctx }) => {
    return ctx.db
      .select()
      .from(leads)
      .where(and(eq(leads.userId, ctx.user.id), matcherToCondition({ type: 'createdAfter', date: sinceDays(7) })))
      .limit(50); // expect: prunes [dz46j] cross
  }),
});
