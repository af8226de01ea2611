import { and, eq } from 'drizzle-orm';
import { db } from '../db/index';
import { campaigns } from '../db/schema/index';

export const findCampaignsByUser = async (userId: number) => {
  return db.query.campaigns.findMany({
    where: and(eq(campaigns.userId, userId), eq(campaigns.archived, false)),
  });
};
