import { initTRPC, TRPCError } from '@trpc/server';

type TrpcContext = { user: { id: number; email: string } | null };

const t = initTRPC.context<TrpcContext>().create();

export const router = t.router;
export const procedure = t.procedure;

export const authenticatedProcedure = t.procedure.use(async ({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'You must be logged in to perform this action.' });
  }
  return await next({ ctx: { ...ctx, user: ctx.user } });
});
