import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';
import { agentOutputs, leads } from '../../db/schema';
import type { AuthedContext } from '../index';
import { afterCursor, type LeadCursor } from './cursor';

/** A lead the current user owns, and what can be done with it. */
export class Lead {
  protected constructor(
    protected ctx: AuthedContext,
    public lead: typeof leads.$inferSelect,
  ) {}

  static async fromId(ctx: AuthedContext, id: number): Promise<Lead> {
    const lead = await ctx.db.query.leads.findFirst({
      where: and(eq(leads.id, id), eq(leads.userId, ctx.user.id)),
    }); // expect: scans-all [dz37b]
    if (!lead) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'Lead not found' });
    }
    return new Lead(ctx, lead);
  }

  static async loadMulti(ctx: AuthedContext, input: { limit: number; cursor?: LeadCursor | null; status?: string }) {
    const rows = await ctx.db
      .select()
      .from(leads)
      .where(
        and(
          eq(leads.userId, ctx.user.id),
          input.status ? eq(leads.status, input.status) : undefined,
          afterCursor(input.cursor),
        ),
      )
      .limit(input.limit + 1)
      .orderBy(desc(leads.createdAt), desc(leads.id)); // expect: scans-all [dz37c] cross

    const nextCursor = rows.length > input.limit ? rows.pop()! : null;
    return { leads: rows, nextCursor: nextCursor ? { id: nextCursor.id, createdAt: nextCursor.createdAt } : null };
  }

  async outputs() {
    return this.ctx.db.query.agentOutputs.findMany({
      where: and(eq(agentOutputs.leadId, this.lead.id), eq(agentOutputs.createdAt, this.lead.createdAt)),
      orderBy: [desc(agentOutputs.createdAt)],
    }); // expect: prunes [dz37d] cross
  }

  async delete() {
    await this.ctx.db.delete(leads).where(and(eq(leads.id, this.lead.id), eq(leads.createdAt, this.lead.createdAt))); // expect: prunes [dz37e] cross
  }
}
