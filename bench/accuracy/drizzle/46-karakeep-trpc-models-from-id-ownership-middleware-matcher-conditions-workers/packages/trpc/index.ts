import { initTRPC, TRPCError } from '@trpc/server';
import { db, type DB } from '@karakeep/db';

export interface Context {
  user: { id: number } | null;
  db: DB;
}
export interface AuthedContext {
  user: { id: number };
  db: DB;
}

export const createContext = async (userId: number | null): Promise<Context> => ({ user: userId ? { id: userId } : null, db });

const t = initTRPC.context<Context>().create();
export const router = t.router;
export const experimental_standaloneMiddleware = t.middleware;
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
