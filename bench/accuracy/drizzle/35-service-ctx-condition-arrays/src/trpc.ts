import { initTRPC, TRPCError } from '@trpc/server';

type Context = { workspace?: { id: number } };

const t = initTRPC.context<Context>().create();

export const createTRPCRouter = t.router;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.workspace) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { workspace: ctx.workspace } });
});
