import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { campaigns } from '@karakeep/db';
import type { AuthedContext } from '../index';

type CampaignRow = typeof campaigns.$inferSelect;

export class Campaign {
  constructor(
    protected ctx: AuthedContext,
    public campaign: CampaignRow,
  ) {}

  static async fromId(ctx: AuthedContext, id: number): Promise<Campaign> {
    const campaign = await ctx.db.query.campaigns.findFirst({
      where: and(eq(campaigns.id, id), eq(campaigns.userId, ctx.user.id)),
    }); // expect: prunes [dz46f]
    if (!campaign) throw new TRPCError({ code: 'NOT_FOUND' });
    return new Campaign(ctx, campaign);
  }

  static async getAll(ctx: AuthedContext) {
    return ctx.db.query.campaigns.findMany({
      where: and(eq(campaigns.userId, ctx.user.id), eq(campaigns.archived, false)),
    }); // expect: prunes [dz46g]
  }

  async update(input: { name: string }) {
    const [updated] = await this.ctx.db
      .update(campaigns)
      .set({ name: input.name })
      .where(and(eq(campaigns.id, this.campaign.id), eq(campaigns.userId, this.ctx.user.id)))
      .returning(); // expect: prunes [dz46h]
    return updated;
  }
}
