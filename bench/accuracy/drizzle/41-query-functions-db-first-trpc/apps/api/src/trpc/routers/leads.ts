import { createTRPCRouter, protectedProcedure } from '@api/trpc/init';
import { deleteLead, getLeadById, getLeadOutputs, getLeads, getLeadStatusSummary, updateLead } from '@midday/db/queries';
import { z } from 'zod';

export const leadsRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ cursor: z.string().nullish(), pageSize: z.number().optional(), q: z.string().nullish(), start: z.string().nullish(), end: z.string().nullish(), status: z.enum(['new', 'won', 'lost']).nullish(), sort: z.array(z.string()).nullish() }).optional())
    .query(async ({ ctx: { db, userId }, input }) => {
      return getLeads(db, { userId: userId!, ...input });
    }),

  getById: protectedProcedure.input(z.object({ id: z.number() })).query(async ({ ctx: { db, userId }, input }) => {
    return getLeadById(db, { userId: userId!, id: input.id });
  }),

  summary: protectedProcedure.input(z.object({ from: z.string(), to: z.string() })).query(async ({ ctx: { db, userId }, input }) => {
    return getLeadStatusSummary(db, { userId: userId!, from: input.from, to: input.to });
  }),

  outputs: protectedProcedure.input(z.object({ leadId: z.number(), leadCreatedAt: z.string() })).query(async ({ ctx: { db }, input }) => {
    return getLeadOutputs(db, input);
  }),

  update: protectedProcedure
    .input(z.object({ id: z.number(), createdAt: z.string(), status: z.string().optional(), company: z.string().optional() }))
    .mutation(async ({ ctx: { db, userId }, input }) => {
      return updateLead(db, { userId: userId!, ...input });
    }),

  delete: protectedProcedure.input(z.object({ id: z.number() })).mutation(async ({ ctx: { db, userId }, input }) => {
    return deleteLead(db, { userId: userId!, id: input.id });
  }),
});
