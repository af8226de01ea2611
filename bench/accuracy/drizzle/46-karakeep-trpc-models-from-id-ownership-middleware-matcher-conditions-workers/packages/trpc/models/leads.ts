import { TRPCError } from '@trpc/server';
import { and, desc, eq, gte } from 'drizzle-orm';
import { agentOutputs, leads } from '@karakeep/db';
import type { AuthedContext } from '../index';
import { leadListConditions, type ListLeadsInput } from '../lib/leads';

type LeadRow = typeof leads.$inferSelect;

export class Lead {
  constructor(
    protected ctx: AuthedContext,
    public lead: LeadRow,
  ) {}

  static async fromId(ctx: AuthedContext, id: number): Promise<Lead> {
    const lead = await ctx.db.query.leads.findFirst({
      where: and(eq(leads.id, id), eq(leads.userId, ctx.user.id)),
    }); // expect: scans-all [dz46a]
    if (!lead) throw new TRPCError({ code: 'NOT_FOUND' });
    return new Lead(ctx, lead);
  }

  static async loadMulti(ctx: AuthedContext, input: ListLeadsInput) {
    const rows = await ctx.db
      .select()
      .from(leads)
      .where(and(...leadListConditions(ctx, input)))
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(input.limit + 1); // expect: scans-all [dz46c] cross
    const nextCursor = rows.length > input.limit ? { createdAt: rows[input.limit].createdAt, id: rows[input.limit].id } : null;
    return { leads: rows.slice(0, input.limit), nextCursor };
  }

  async updateStatus(status: string) {
    await this.ctx.db
      .update(leads)
      .set({ status })
      .where(and(eq(leads.id, this.lead.id), eq(leads.createdAt, this.lead.createdAt))); // expect: prunes [dz46d]
  }

  async getOutputs() {
    return this.ctx.db
      .select()
      .from(agentOutputs)
      .where(and(eq(agentOutputs.leadId, this.lead.id), gte(agentOutputs.createdAt, this.lead.createdAt))); // expect: prunes [dz46o]
  }

  async delete() {
    await this.ctx.db.delete(leads).where(and(eq(leads.id, this.lead.id), eq(leads.userId, this.ctx.user.id))); // expect: scans-all [dz46e]
  }
}
