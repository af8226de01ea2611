import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { serverDB } from '../../../../packages/database/src/core/db';
import { AgentOutputModel } from '../../../../packages/database/src/models/agentOutput';
import { LeadModel } from '../../../../packages/database/src/models/lead';

const t = initTRPC.context<{ userId: string }>().create();

const authedProcedure = t.procedure.use(async (opts) => {
  if (!opts.ctx.userId) throw new Error('UNAUTHORIZED');
  return opts.next({ ctx: { userId: opts.ctx.userId } });
});

const leadProcedure = authedProcedure.use(async (opts) => {
  const { ctx } = opts;
  return opts.next({
    ctx: {
      agentOutputModel: new AgentOutputModel(serverDB, ctx.userId),
      leadModel: new LeadModel(serverDB, ctx.userId),
    },
  });
});

export const leadRouter = t.router({
  getLeads: leadProcedure.input(z.object({ current: z.number().optional(), pageSize: z.number().optional() })).query(async ({ ctx, input }) => {
    return ctx.leadModel.query(input); // expect: scans-all [dz38a] cross
  }),

  getLead: leadProcedure.input(z.object({ id: z.number() })).query(async ({ ctx, input }) => {
    return ctx.leadModel.findById(input.id); // expect: scans-all [dz38b] cross
  }),

  getLeadsInRange: leadProcedure.input(z.object({ range: z.tuple([z.string(), z.string()]) })).query(async ({ ctx, input }) => {
    return ctx.leadModel.queryByRange(input.range); // expect: prunes [dz38c] cross
  }),

  countLeadsInRange: leadProcedure.input(z.object({ range: z.tuple([z.string(), z.string()]) })).query(async ({ ctx, input }) => {
    return ctx.leadModel.count({ range: input.range }); // expect: prunes [dz38d] cross
  }),

  countLeads: leadProcedure.query(async ({ ctx }) => {
    return ctx.leadModel.count(); // expect: scans-all [dz38e] cross
  }),

  updateLead: leadProcedure
    .input(z.object({ id: z.number(), createdAt: z.date(), value: z.object({ status: z.string().optional() }) }))
    .mutation(async ({ ctx, input }) => {
      return ctx.leadModel.update(input.id, input.createdAt, input.value); // expect: prunes [dz38g] cross
    }),

  resetLeadOutputs: leadProcedure.input(z.object({ leadId: z.number() })).mutation(async ({ ctx, input }) => {
    return ctx.agentOutputModel.deleteByLeadId(input.leadId); // expect: scans-all [dz38f] cross
  }),

  getCampaigns: leadProcedure.query(async ({ ctx }) => {
    return ctx.leadModel.queryCampaigns(); // expect: prunes [dz38h] cross
  }),
});
