import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { and, count, desc, eq, gte } from "@openstatus/db";
import { agentOutputs, leads } from "@openstatus/db/src/schema";
import { startOfMonth } from "date-fns";

import { createTRPCRouter, protectedProcedure } from "../trpc";
import { buildLeadFilters, outputsOfLead, ownedLead, periods } from "./shared";

const LEAD_LIMIT_PER_MONTH = 500;

async function countLeadsThisMonth(db: typeof import("@openstatus/db").db, userId: number) {
  const [{ total }] = await db
    .select({ total: count() })
    .from(leads)
    .where(and(eq(leads.userId, userId), gte(leads.createdAt, startOfMonth(new Date())))); // expect: prunes [dz44f]
  return total;
}

export const leadRouter = createTRPCRouter({
  getLeadById: protectedProcedure
    .input(z.object({ id: z.number() }))
    .query(async (opts) => {
      const lead = await opts.ctx.db.query.leads.findFirst({
        where: ownedLead(opts.ctx, opts.input.id),
        with: { outputs: true },
      }); // expect: scans-all [dz44a] cross
      if (!lead) throw new TRPCError({ code: "NOT_FOUND" });
      return lead;
    }),

  list: protectedProcedure
    .input(
      z.object({
        since: z.coerce.date().optional(),
        statuses: z.array(z.string()).optional(),
      }),
    )
    .query(async (opts) => {
      return opts.ctx.db
        .select()
        .from(leads)
        .where(buildLeadFilters(opts.ctx.user.id, opts.input))
        .orderBy(desc(leads.createdAt)); // expect: prunes [dz44b] cross
    }),

  create: protectedProcedure
    .input(z.object({ company: z.string(), email: z.string().email() }))
    .mutation(async (opts) => {
      const used = await countLeadsThisMonth(opts.ctx.db, opts.ctx.user.id);
      if (used >= LEAD_LIMIT_PER_MONTH) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Upgrade for more leads" });
      }
      return opts.ctx.db
        .insert(leads)
        .values({ ...opts.input, userId: opts.ctx.user.id, createdAt: new Date() })
        .returning();
    }),

  updateStatus: protectedProcedure
    .input(z.object({ id: z.number(), status: z.enum(["new", "contacted", "won", "lost"]) }))
    .mutation(async (opts) => {
      return opts.ctx.db
        .update(leads)
        .set({ status: opts.input.status })
        .where(ownedLead(opts.ctx, opts.input.id))
        .returning(); // expect: scans-all [dz44c] cross
    }),

  delete: protectedProcedure
    .input(z.object({ id: z.number() }))
    .mutation(async (opts) => {
      const [lead] = await opts.ctx.db
        .select()
        .from(leads)
        .where(ownedLead(opts.ctx, opts.input.id)); // expect: scans-all [dz44e] cross
      if (!lead) throw new TRPCError({ code: "NOT_FOUND" });

      await opts.ctx.db
        .delete(leads)
        .where(and(eq(leads.id, lead.id), eq(leads.createdAt, lead.createdAt))); // expect: prunes [dz44d]
    }),

  getOutputs: protectedProcedure
    .input(z.object({ leadId: z.number(), period: z.enum(periods).default("1d") }))
    .query(async (opts) => {
      return opts.ctx.db
        .select()
        .from(agentOutputs)
        .where(outputsOfLead(opts.input.leadId, opts.input.period))
        .orderBy(desc(agentOutputs.createdAt)); // expect: prunes [dz44i] cross
    }),
});
