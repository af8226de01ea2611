import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../app/database/database';
import { campaigns } from '../app/database/database.schema';
import { injectArguments } from '../shared/inject-arguments';

export type CampaignsRepository = ReturnType<typeof createCampaignsRepository>;

export function createCampaignsRepository({ db }: { db: Database }) {
  return injectArguments({ getUserCampaigns }, { db });
}

async function getUserCampaigns({ userId, db }: { userId: number; db: Database }) {
  const userCampaigns = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.userId, userId), eq(campaigns.archived, false)))
    .orderBy(asc(campaigns.name));
  return { campaigns: userCampaigns };
}
