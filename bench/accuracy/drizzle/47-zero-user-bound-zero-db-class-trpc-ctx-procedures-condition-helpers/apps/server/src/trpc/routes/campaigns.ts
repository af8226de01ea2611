import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { campaigns, leads } from '../../db/schema';
import { getZeroDB } from '../../lib/zero-db';
import { privateProcedure, router } from '../trpc';

export const campaignsRouter = router({
  list: privateProcedure.query(async ({ ctx }) => {
    const db = await getZeroDB(ctx.sessionUser.id);
    return { campaigns: await db.findManyCampaigns() };
  }),
  get: privateProcedure.input(z.object({ campaignId: z.number() })).query(async ({ input, ctx }) => {
    const db = await getZeroDB(ctx.sessionUser.id);
    const campaign = await db.findCampaign(input.campaignId);
    if (!campaign) throw new TRPCError({ code: 'NOT_FOUND' });
    return campaign;
  }),
  archive: privateProcedure.input(z.object({ campaignId: z.number() })).mutation(async ({ input, ctx }) => {
    const { db, sessionUser } = ctx;
    await db.transaction(async (tx) => {
      await tx
        .update(campaigns)
        .set({ archived: true })
        .where(and(eq(campaigns.id, input.campaignId), eq(campaigns.userId, sessionUser.id))); // expect: prunes [dz47k]
      await tx.update(leads).set({ campaignId: null }).where(eq(leads.campaignId, input.campaignId)); // expect: scans-all [dz47l]
    });
  }),
});
