import prisma from '@typebot.io/prisma'
import { authenticatedProcedure, router } from '@/helpers/server/trpc'
import { z } from 'zod'

export const leadRouter = router({
  getStats: authenticatedProcedure
    .input(z.object({ from: z.date(), to: z.date() }))
    .query(async ({ input, ctx: { user } }) => {
      const stats = await prisma.lead.groupBy({
        by: ['status'],
        where: { userId: BigInt(user.id), createdAt: { gte: input.from, lte: input.to } },
        _count: { _all: true },
      }) // expect: prunes [pr43e]
      return { stats }
    }),
  getOutputs: authenticatedProcedure
    .input(z.object({ leadId: z.string(), leadCreatedAt: z.date() }))
    .query(async ({ input }) => {
      const outputs = await prisma.agentOutput.findMany({
        where: { leadId: BigInt(input.leadId), createdAt: { gte: input.leadCreatedAt } },
        orderBy: { createdAt: 'asc' },
      }) // expect: prunes [pr43f]
      return { outputs }
    }),
  updateStatus: authenticatedProcedure
    .input(z.object({ leadId: z.string(), createdAt: z.date(), status: z.string() }))
    .mutation(async ({ input }) => {
      const lead = await prisma.lead.update({
        where: { id_createdAt: { id: BigInt(input.leadId), createdAt: input.createdAt } },
        data: { status: input.status },
      }) // expect: prunes [pr43g]
      return { lead }
    }),
})
