import { initTRPC, TRPCError } from '@trpc/server';

type Context = { session: { userId: number; role: 'owner' | 'member' } | null };

const t = initTRPC.context<Context>().create();

export const createTRPCRouter = t.router;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { session: ctx.session } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.role !== 'owner') throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});
