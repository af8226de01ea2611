import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agentOutputs, leads } from '../../db/schema';
import { authedProcedure, createMiddleware, router, type AuthedContext } from '../index';
import { Lead } from '../models/leads';

export const ensureLeadOwnership = createMiddleware(async (opts) => {
  const ctx = opts.ctx as AuthedContext;
  const input = (await opts.getRawInput()) as { leadId: number };
  const lead = await ctx.db.query.leads.findFirst({
    where: eq(leads.id, input.leadId),
    columns: { userId: true },
  }); // expect: scans-all [dz37a]
  if (!lead) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Lead not found' });
  }
  if (lead.userId !== ctx.user.id) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'User is not allowed to access resource' });
  }
  return opts.next();
});

export const leadsAppRouter = router({
  getLead: authedProcedure.input(z.object({ leadId: z.number() })).query(async ({ ctx, input }) => {
    const lead = await Lead.fromId(ctx, input.leadId);
    return { ...lead.lead, outputs: await lead.outputs() }; // expect-also: [dz37d]
  }),

  getLeads: authedProcedure
    .input(z.object({ limit: z.number().max(100).default(20), cursor: z.object({ id: z.number(), createdAt: z.date() }).nullish(), status: z.string().optional() }))
    .query(async ({ ctx, input }) => Lead.loadMulti(ctx, input)),

  deleteLead: authedProcedure
    .input(z.object({ leadId: z.number() }))
    .use(ensureLeadOwnership)
    .mutation(async ({ ctx, input }) => {
      const lead = await Lead.fromId(ctx, input.leadId);
      await lead.delete();
    }),

  updateOutputKind: authedProcedure
    .input(z.object({ leadId: z.number(), outputId: z.number(), kind: z.string() }))
    .use(ensureLeadOwnership)
    .mutation(async ({ ctx, input }) => {
      await ctx.db
        .update(agentOutputs)
        .set({ kind: input.kind })
        .where(and(eq(agentOutputs.leadId, input.leadId), eq(agentOutputs.id, input.outputId))); // expect: scans-all [dz37f]
    }),
});
