import { createServiceLayer } from "@dotkomonline/core"
import { TRPCError, initTRPC } from "@trpc/server"
import { kysely } from "@dotkomonline/db"

interface AuthContextProps {
  principal: string | null
}

export const createContext = async (opts: AuthContextProps) => {
  const services = await createServiceLayer({ db: kysely })
  return {
    ...services,
    principal: opts.principal,
  }
}

export type Context = Awaited<ReturnType<typeof createContext>>

export const t = initTRPC.context<Context>().create()

export const publicProcedure = t.procedure
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.principal) {
    throw new TRPCError({ code: "UNAUTHORIZED" })
  }
  return next({ ctx: { ...ctx, principal: ctx.principal } })
})
