import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";

import { db } from "@openstatus/db";

export type Context = {
  db: typeof db;
  user?: { id: number; tenantId: string } | null;
};

export const createTRPCContext = async (opts: { user?: Context["user"] }) => {
  return { db, user: opts.user ?? null };
};

const t = initTRPC.context<Context>().create({ transformer: superjson });

export const createTRPCRouter = t.router;

const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const protectedProcedure = t.procedure.use(enforceUserIsAuthed);
