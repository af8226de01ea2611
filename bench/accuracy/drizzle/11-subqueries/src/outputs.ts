import { and, eq, gte, inArray } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, leads } from './db/schema';

export async function outputsOfCompany(company: string, since: Date) {
  const ids = db.select({ id: leads.id }).from(leads).where(eq(leads.company, company));  // expect-also: [dz11a]
  return db.select().from(agentOutputs).where(and(inArray(agentOutputs.leadId, ids), gte(agentOutputs.createdAt, since))); // expect: scans-all [dz11a]
}

export async function outputsOfRecentCompanyLeads(company: string, since: Date) {
  const ids = db.select({ id: leads.id }).from(leads).where(and(eq(leads.company, company), gte(leads.createdAt, since)));
  return db.select().from(agentOutputs).where(and(inArray(agentOutputs.leadId, ids), gte(agentOutputs.createdAt, since))); // expect: prunes [dz11b]
}
