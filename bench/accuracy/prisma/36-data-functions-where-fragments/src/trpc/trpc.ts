import { initTRPC, TRPCError } from '@trpc/server';

type Context = { user?: { id: bigint } };

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const privateProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { user: ctx.user } });
});
