import { initTRPC, TRPCError } from "@trpc/server";

import type { dbClient } from "@kan/db/client";
import { createDrizzleClient } from "@kan/db/client";

const db = createDrizzleClient();

export const createTRPCContext = ({ user }: { user: { id: number } | null }) => ({ db, user });

const t = initTRPC.context<{ db: dbClient; user: { id: number } | null }>().create();

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
