import { and, eq, gte, sql } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, campaigns, leads } from './db/schema';

export const leadsOfUserSince = db
  .select()
  .from(leads)
  .where(and(eq(leads.userId, sql.placeholder('userId')), gte(leads.createdAt, sql.placeholder('since'))))
  .prepare('leads_of_user_since');

export const leadsOfUser = db.select().from(leads).where(eq(leads.userId, sql.placeholder('userId'))).prepare('leads_of_user');

export async function recent(userId: number, since: Date) {
  return leadsOfUserSince.execute({ userId, since }); // expect: prunes [dz23a] cross
}

export async function all(userId: number) {
  return leadsOfUser.execute({ userId }); // expect: scans-all [dz23b] cross
}

export async function outputsWithCampaign(userId: number, since: Date) {
  return db
    .select({ output: agentOutputs.id, campaign: campaigns.name })
    .from(agentOutputs)
    .innerJoin(leads, and(eq(leads.id, agentOutputs.leadId), gte(leads.createdAt, since)))
    .innerJoin(campaigns, and(eq(campaigns.id, leads.campaignId), eq(campaigns.userId, userId)))
    .where(gte(agentOutputs.createdAt, since)); // expect: prunes [dz23c]
}

export async function outputsOfUser(userId: number, since: Date) {
  return db
    .select({ id: agentOutputs.id })
    .from(agentOutputs)
    .innerJoin(leads, eq(leads.id, agentOutputs.leadId))
    .where(and(eq(leads.userId, userId), gte(agentOutputs.createdAt, since))); // expect: scans-all [dz23d]
}

export async function dailyCounts(userId: number) {
  return db.execute(sql`SELECT date_trunc('day', ${leads.createdAt}) AS day, count(*) FROM ${leads} WHERE ${leads.userId} = ${userId} GROUP BY 1`); // expect: scans-all [dz23e]
}
