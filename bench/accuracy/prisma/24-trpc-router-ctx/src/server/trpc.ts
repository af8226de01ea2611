import { initTRPC } from '@trpc/server';
import { db } from './db';

export const createTRPCContext = async (opts: { headers: Headers; userId: bigint }) => ({ db, userId: opts.userId, ...opts });

const t = initTRPC.context<typeof createTRPCContext>().create();

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => next({ ctx: { ...ctx, userId: ctx.userId } }));
