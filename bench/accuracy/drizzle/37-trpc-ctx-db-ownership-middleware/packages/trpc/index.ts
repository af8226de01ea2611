import { initTRPC, TRPCError } from '@trpc/server';
import type { DB } from '../db';

export interface Context {
  user: { id: number } | null;
  db: DB;
}

export interface AuthedContext {
  user: { id: number };
  db: DB;
}

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const procedure = t.procedure;
export const createMiddleware = t.middleware;

export const authedProcedure = procedure.use(function isAuthed(opts) {
  const user = opts.ctx.user;
  if (!user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return opts.next({ ctx: { user } });
});
