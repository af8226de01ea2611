import { and, eq, gte } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs } from '../db/schema';

export function recentOutputs(leadId: number, since: Date) {
  return db.select().from(agentOutputs).where(and(eq(agentOutputs.leadId, leadId), gte(agentOutputs.createdAt, since)));
}

export const outputsOfLead = (leadId: number) => db.select().from(agentOutputs).where(eq(agentOutputs.leadId, leadId));
