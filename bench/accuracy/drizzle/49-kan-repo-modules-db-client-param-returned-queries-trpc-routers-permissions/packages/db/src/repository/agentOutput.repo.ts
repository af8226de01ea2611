import { and, asc, eq, gt, gte } from "drizzle-orm";

import type { dbClient } from "@kan/db/client";
import { agentOutputs } from "@kan/db/schema";

export const create = async (db: dbClient, input: { leadId: number; kind: string; body?: string; createdAt: Date }) => {
  const [result] = await db.insert(agentOutputs).values(input).returning({ id: agentOutputs.id });
  return result;
};

export const getPaginatedOutputs = async (
  db: dbClient,
  leadId: number,
  options?: {
    limit?: number;
    cursor?: Date; // createdAt cursor for pagination
  },
) => {
  const limit = options?.limit ?? 20;
  const cursor = options?.cursor;

  const rows = await db.query.agentOutputs.findMany({
    columns: { id: true, kind: true, body: true, createdAt: true },
    where: and(eq(agentOutputs.leadId, leadId), cursor ? gt(agentOutputs.createdAt, cursor) : undefined),
    orderBy: asc(agentOutputs.createdAt),
    limit: limit + 1,
  }); // expect: scans-all [dz49i]

  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, hasMore, nextCursor: hasMore ? items[items.length - 1]?.createdAt : undefined };
};

// Outputs are written after their lead, so the lead's creation time bounds them.
export const getForLeadSince = (db: dbClient, lead: { id: number; createdAt: Date }) => {
  return db
    .select()
    .from(agentOutputs)
    .where(and(eq(agentOutputs.leadId, lead.id), gte(agentOutputs.createdAt, lead.createdAt)));
};

export const deleteForLead = (db: dbClient, args: { leadId: number; createdAt: Date }) => {
  return db
    .delete(agentOutputs)
    .where(and(eq(agentOutputs.leadId, args.leadId), gte(agentOutputs.createdAt, args.createdAt)));
};
