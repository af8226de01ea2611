import { and, asc, count, eq, gte } from "drizzle-orm";

import type { dbClient } from "@kan/db/client";
import { campaigns, leads } from "@kan/db/schema";

export const getAllByUserId = (db: dbClient, userId: number) => {
  return db.query.campaigns.findMany({
    columns: { id: true, name: true, archived: true },
    where: and(eq(campaigns.userId, userId), eq(campaigns.archived, false)),
    orderBy: asc(campaigns.name),
  });
};

export const getByPublicId = (db: dbClient, campaignId: number) => {
  return db.query.campaigns.findFirst({
    columns: { id: true, userId: true, name: true },
    where: eq(campaigns.id, campaignId),
  });
};

export const isUserInCampaign = async (db: dbClient, userId: number, campaignId: number) => {
  const result = await db.query.campaigns.findFirst({
    columns: { id: true },
    where: and(eq(campaigns.id, campaignId), eq(campaigns.userId, userId)),
  }); // expect: prunes [dz49n]

  return !!result;
};

export const getLeadCountsByUser = (db: dbClient, userId: number, since: Date) => {
  return db
    .select({ campaignId: leads.campaignId, count: count() })
    .from(leads)
    .innerJoin(campaigns, eq(leads.campaignId, campaigns.id))
    .where(and(eq(campaigns.userId, userId), gte(leads.createdAt, since)))
    .groupBy(leads.campaignId);
};
