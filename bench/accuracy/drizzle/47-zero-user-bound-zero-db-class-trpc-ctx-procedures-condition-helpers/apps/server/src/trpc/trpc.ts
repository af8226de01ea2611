import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { DB } from '../db';
import { getActiveCampaign } from '../lib/server-utils';

type TrpcContext = { db: DB; sessionUser?: { id: number; defaultCampaignId: number | null } };

const t = initTRPC.context<TrpcContext>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;

export const privateProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.sessionUser) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { ...ctx, sessionUser: ctx.sessionUser } });
});

export const activeCampaignProcedure = privateProcedure.use(async ({ ctx, next }) => {
  const activeCampaign = await getActiveCampaign();
  return next({ ctx: { ...ctx, activeCampaign } });
});
