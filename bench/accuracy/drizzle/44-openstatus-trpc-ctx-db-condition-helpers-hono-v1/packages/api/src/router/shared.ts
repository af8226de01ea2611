import { subDays } from "date-fns";

import { and, eq, gte, inArray, type SQL } from "@openstatus/db";
import { agentOutputs, campaigns, leads } from "@openstatus/db/src/schema";

export function ownedLead(ctx: { user: { id: number } }, id: number) {
  return and(eq(leads.id, id), eq(leads.userId, ctx.user.id));
}

export function ownedCampaigns(ctx: { user: { id: number } }) {
  return and(eq(campaigns.userId, ctx.user.id), eq(campaigns.archived, false));
}

export function buildLeadFilters(
  userId: number,
  input: { since?: Date; statuses?: string[] },
) {
  const conditions: SQL[] = [
    eq(leads.userId, userId),
    gte(leads.createdAt, input.since ?? subDays(new Date(), 7)),
  ];
  if (input.statuses?.length) {
    conditions.push(inArray(leads.status, input.statuses));
  }
  return and(...conditions);
}

export const periods = ["1d", "7d", "14d"] as const;
export type Period = (typeof periods)[number];

export function periodToDate(period: Period) {
  const days = { "1d": 1, "7d": 7, "14d": 14 }[period];
  return subDays(new Date(), days);
}

export function outputsOfLead(leadId: number, period: Period) {
  return and(
    eq(agentOutputs.leadId, leadId),
    gte(agentOutputs.createdAt, periodToDate(period)),
  );
}
