import { and, eq, gte, inArray, lt, SQL } from "drizzle-orm";

import * as schema from "./db/schema";

export interface DateRange {
  start: Date;
  end: Date;
}

export function leadTimeConditions(range: DateRange): SQL[] {
  return [gte(schema.lead.createdAt, range.start), lt(schema.lead.createdAt, range.end)];
}

export function leadConditions({
  userId,
  statuses,
  since,
}: {
  userId: number;
  statuses?: string[];
  since?: Date;
}): SQL[] {
  const conditions: SQL[] = [eq(schema.lead.userId, userId)];
  if (statuses?.length) {
    conditions.push(inArray(schema.lead.status, statuses));
  }
  if (since) {
    conditions.push(gte(schema.lead.createdAt, since));
  }
  return conditions;
}

export function campaignOwnerWhere(userId: number): SQL | undefined {
  return and(eq(schema.campaign.userId, userId), eq(schema.campaign.archived, false));
}

export function outputsWhere({ leadId, since }: { leadId: number; since?: Date }): SQL | undefined {
  return and(eq(schema.agentOutput.leadId, leadId), since ? gte(schema.agentOutput.createdAt, since) : undefined);
}
