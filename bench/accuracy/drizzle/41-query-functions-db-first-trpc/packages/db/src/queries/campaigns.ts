import type { Database } from '@db/client';
import { campaigns } from '@db/schema';
import { and, asc, eq } from 'drizzle-orm';

export type GetCampaignsParams = { userId: number; includeArchived?: boolean };

export async function getCampaigns(db: Database, params: GetCampaignsParams) {
  const result = await db.query.campaigns.findMany({
    where: params.includeArchived ? eq(campaigns.userId, params.userId) : and(eq(campaigns.userId, params.userId), eq(campaigns.archived, false)),
    orderBy: asc(campaigns.name),
  }); // expect: prunes [dz41g]
  return result;
}
