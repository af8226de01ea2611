import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../../trpc';

export const leadRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ status: z.string().optional() })).query(({ ctx, input }) => {
    return ctx.db.lead.findMany({ where: { userId: ctx.userId, status: input.status }, orderBy: { createdAt: 'desc' }, take: 50 }); // expect: scans-all [pr24a]
  }),

  month: protectedProcedure.input(z.object({ from: z.date(), to: z.date() })).query(async ({ ctx, input }) => {
    return ctx.db.lead.findMany({ where: { userId: ctx.userId, createdAt: { gte: input.from, lt: input.to } } }); // expect: prunes [pr24b]
  }),

  byId: protectedProcedure.input(z.object({ id: z.bigint() })).query(({ ctx, input }) => ctx.db.lead.findFirst({ where: { id: input.id, userId: ctx.userId } })), // expect: scans-all [pr24c]

  setStatus: protectedProcedure
    .input(z.object({ id: z.bigint(), createdAt: z.date(), status: z.string() }))
    .mutation(({ ctx, input }) => ctx.db.lead.update({ where: { id_createdAt: { id: input.id, createdAt: input.createdAt } }, data: { status: input.status } })), // expect: prunes [pr24d]

  campaigns: protectedProcedure.query(({ ctx }) => ctx.db.campaign.findMany({ where: { userId: ctx.userId, archived: false } })), // expect: prunes [pr24e]
});
