import { and, count, eq, gte } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs, leads } from '../db/schema';
import { inRange, sameMonth, type DateRange } from '../lib/conditions';

export async function recentForUser(userId: number, since: Date) {
  const recent = db.$with('recent').as(db.select().from(leads).where(gte(leads.createdAt, since)));
  return db.with(recent).select().from(recent).where(eq(recent.userId, userId)); // expect: prunes [dz31a]
}

export async function leadsWithOutputCounts(since: Date) {
  const perLead = db.select({ leadId: agentOutputs.leadId, n: count().as('n') }).from(agentOutputs).groupBy(agentOutputs.leadId).as('per_lead');
  return db
    .select({ id: leads.id, email: leads.email, outputs: perLead.n })
    .from(leads)
    .leftJoin(perLead, eq(perLead.leadId, leads.id))
    .where(gte(leads.createdAt, since)); // expect: scans-all [dz31b]
}

export async function leadsOfMonth(userId: number, month: Date) {
  return db.select().from(leads).where(and(eq(leads.userId, userId), sameMonth(leads.createdAt, month))); // expect: scans-all [dz31c] cross
}

export async function leadsInRange(userId: number, range: DateRange) {
  return db.select().from(leads).where(and(eq(leads.userId, userId), inRange(leads.createdAt, range))); // expect: prunes [dz31d] cross
}
