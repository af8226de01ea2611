import { and, eq } from "drizzle-orm";

import { campaignOwnerWhere } from "./conditions";
import { db } from "./db";
import * as schema from "./db/schema";

export async function listCampaigns(userId: number) {
  return db().query.campaign.findMany({
    where: campaignOwnerWhere(userId),
    orderBy: (campaign, { asc }) => [asc(campaign.name)],
  }); // expect: prunes [dz45e] cross
}

export async function renameCampaign({ id, userId, name }: { id: number; userId: number; name: string }) {
  const [updated] = await db()
    .update(schema.campaign)
    .set({ name })
    .where(and(eq(schema.campaign.id, id), eq(schema.campaign.userId, userId)))
    .returning(); // expect: prunes [dz45f]
  return updated;
}

export async function deleteCampaign(id: number) {
  await db().transaction(async (tx) => {
    await tx.update(schema.lead).set({ campaignId: null }).where(eq(schema.lead.campaignId, id)); // expect: scans-all [dz45l]
    await tx.delete(schema.campaign).where(eq(schema.campaign.id, id)); // expect: scans-all [dz45g]
  });
}
