import { z } from 'zod';
import { moveLeadsToCampaign } from '../../../lib/server-only/campaign/campaigns';
import { deleteLead } from '../../../lib/server-only/lead/delete-lead';
import { findLeads } from '../../../lib/server-only/lead/find-leads';
import { getLeadByEmail } from '../../../lib/server-only/lead/get-lead-by-email';
import { getLeadById } from '../../../lib/server-only/lead/get-lead-by-id';
import { getLeadStats } from '../../../lib/server-only/lead/get-lead-stats';
import { getMonthlyLeads } from '../../../lib/server-only/lead/get-monthly-leads';
import { updateLead } from '../../../lib/server-only/lead/update-lead';
import { ZFindSearchParamsSchema } from '../../../lib/types/search-params';
import { authenticatedProcedure, router } from '../trpc';

export const ZFindLeadsRequestSchema = ZFindSearchParamsSchema.extend({
  status: z.string().optional(),
  period: z.enum(['', '7d', '14d', '30d']).optional(),
  orderByColumn: z.enum(['createdAt', 'company']).optional(),
  orderByDirection: z.enum(['asc', 'desc']).default('desc'),
});

export const leadRouter = router({
  findLeads: authenticatedProcedure.input(ZFindLeadsRequestSchema).query(async ({ input, ctx }) => {
    const { user } = ctx;
    const { query, status, period, page, perPage, orderByColumn, orderByDirection } = input;
    return await findLeads({
      userId: user.id,
      query,
      status,
      period,
      page,
      perPage,
      orderBy: orderByColumn ? { column: orderByColumn, direction: orderByDirection } : undefined,
    }); // expect: scans-all [pr48a] cross
  }),
  getLeadById: authenticatedProcedure.input(z.object({ leadId: z.number() })).query(async ({ input, ctx }) => {
    return await getLeadById({ leadId: input.leadId, userId: ctx.user.id });
  }),
  getLeadByEmail: authenticatedProcedure.input(z.object({ email: z.string().email() })).query(async ({ input, ctx }) => {
    return await getLeadByEmail({ email: input.email, userId: ctx.user.id });
  }),
  updateLead: authenticatedProcedure
    .input(z.object({ leadId: z.number(), createdAt: z.date(), data: z.object({ status: z.string().optional(), company: z.string().optional() }) }))
    .mutation(async ({ input, ctx }) => {
      return await updateLead({ userId: ctx.user.id, ...input });
    }),
  deleteLead: authenticatedProcedure.input(z.object({ leadId: z.number(), createdAt: z.date() })).mutation(async ({ input }) => {
    await deleteLead(input);
  }),
  moveToCampaign: authenticatedProcedure
    .input(z.object({ campaignId: z.number(), leadIds: z.array(z.number()) }))
    .mutation(async ({ input, ctx }) => moveLeadsToCampaign({ userId: ctx.user.id, ...input })),
  getStats: authenticatedProcedure.query(async ({ ctx }) => ({
    byStatus: await getLeadStats({ userId: ctx.user.id }),
    monthly: await getMonthlyLeads(ctx.user.id),
  })),
});
