import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { prisma } from '../../database';
import { canUserManageCampaign } from '../../features/campaign/data';
import { getActiveLeads, getActiveOutputs, listLeads } from '../../features/lead/data';
import { privateProcedure, router } from '../trpc';

export const leads = router({
  list: privateProcedure
    .input(z.object({ status: z.string().optional(), q: z.string().optional(), page: z.number().optional() }))
    .query(async ({ ctx, input }) => listLeads({ userId: ctx.user.id, ...input })),

  active: privateProcedure.query(async ({ ctx }) => ({
    leads: await getActiveLeads({ userId: ctx.user.id }),
    outputs: await getActiveOutputs({ userId: ctx.user.id }),
  })),

  markWon: privateProcedure
    .input(z.object({ id: z.bigint(), createdAt: z.date(), campaignId: z.bigint() }))
    .mutation(async ({ ctx, input }) => {
      if (!(await canUserManageCampaign({ userId: ctx.user.id, campaignId: input.campaignId }))) {
        throw new TRPCError({ code: 'FORBIDDEN' });
      }
      await prisma.lead.update({
        where: { id_createdAt: { id: input.id, createdAt: input.createdAt } },
        data: { status: 'won' },
      }); // expect: prunes [pr36f]
    }),
});
