import { and, eq, gte } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, campaigns, leads } from './db/schema';

export async function leadOutputs(since: Date) {
  return db.select({ id: leads.id, kind: agentOutputs.kind }).from(leads).innerJoin(agentOutputs, eq(agentOutputs.leadId, leads.id)).where(gte(leads.createdAt, since)); // expect: scans-all [dz03a]
}

export async function leadOutputsKeyed(since: Date) {
  return db
    .select({ id: leads.id, kind: agentOutputs.kind })
    .from(leads)
    .innerJoin(agentOutputs, and(eq(agentOutputs.leadId, leads.id), gte(agentOutputs.createdAt, since)))
    .where(gte(leads.createdAt, since)); // expect: prunes [dz03b]
}

export async function userCampaignLeads(userId: number, since: Date) {
  return db
    .select()
    .from(campaigns)
    .innerJoin(leads, eq(leads.campaignId, campaigns.id))
    .where(and(eq(campaigns.userId, userId), gte(leads.createdAt, since))); // expect: prunes [dz03c]
}
