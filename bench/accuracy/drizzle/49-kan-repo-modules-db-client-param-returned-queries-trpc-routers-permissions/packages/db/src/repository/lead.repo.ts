import { and, count, desc, eq, lt, sql } from "drizzle-orm";

import type { dbClient } from "@kan/db/client";
import { leads } from "@kan/db/schema";

export const getCount = async (db: dbClient, userId: number) => {
  const result = await db
    .select({ count: count() })
    .from(leads)
    .where(eq(leads.userId, userId)); // expect: scans-all [dz49d]

  return result[0]?.count ?? 0;
};

export const getByPublicId = (db: dbClient, leadId: number) => {
  return db.query.leads.findFirst({
    columns: { id: true, userId: true, company: true, status: true, createdAt: true },
    where: eq(leads.id, leadId),
    with: {
      campaign: {
        columns: { name: true, userId: true },
      },
    },
  });
};

// The lead page links carry the creation time, so the row and its outputs are looked up by full key.
export const getWithOutputsByKey = (db: dbClient, leadId: number, createdAt: Date) => {
  return db.query.leads.findFirst({
    where: and(eq(leads.id, leadId), eq(leads.createdAt, createdAt)),
    with: {
      outputs: {
        columns: { id: true, kind: true, body: true, createdAt: true },
        where: (outputs, { gte }) => gte(outputs.createdAt, createdAt),
        orderBy: (outputs, { desc }) => [desc(outputs.createdAt)],
      },
    },
  });
};

export const getAllByUserId = (
  db: dbClient,
  userId: number,
  options?: {
    limit?: number;
    cursor?: Date; // createdAt cursor for pagination
  },
) => {
  const limit = options?.limit ?? 20;
  const cursor = options?.cursor;

  return db
    .select()
    .from(leads)
    .where(and(eq(leads.userId, userId), cursor ? lt(leads.createdAt, cursor) : undefined))
    .orderBy(desc(leads.createdAt))
    .limit(limit + 1);
};

export const getAllByCampaignId = (db: dbClient, campaignId: number) => {
  return db.select().from(leads).where(eq(leads.campaignId, campaignId)).orderBy(desc(leads.createdAt));
};

export const update = (
  db: dbClient,
  args: { leadId: number; createdAt: Date; company?: string; status?: string },
) => {
  return db
    .update(leads)
    .set({ company: args.company, status: args.status })
    .where(and(eq(leads.id, args.leadId), eq(leads.createdAt, args.createdAt)))
    .returning({ id: leads.id, status: leads.status, createdAt: leads.createdAt });
};

export const softDelete = async (db: dbClient, args: { leadId: number }) => {
  return db.transaction(async (tx) => {
    const [result] = await tx
      .update(leads)
      .set({ status: "archived" })
      .where(eq(leads.id, args.leadId))
      .returning({ id: leads.id, campaignId: leads.campaignId }); // expect: scans-all [dz49f]

    if (!result) throw new Error(`Unable to soft delete lead ID ${args.leadId}`);

    await tx.execute(sql`
      UPDATE agent_outputs
      SET kind = 'archived'
      WHERE lead_id = ${result.id};
    `); // expect: scans-all [dz49g]

    return result;
  });
};

