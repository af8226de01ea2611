'use server';

import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs, leads } from '../db/schema';

export async function getLeads(userId: number, since?: Date) {
  return db
    .select()
    .from(leads)
    .where(and(eq(leads.userId, userId), since ? gte(leads.createdAt, since) : undefined))
    .orderBy(desc(leads.id)); // expect: scans-all [dz25a]
}

export async function getLeadsOfMonth(from: Date, to: Date, status?: string) {
  return db
    .select()
    .from(leads)
    .where(and(gte(leads.createdAt, from), lt(leads.createdAt, to), status ? eq(leads.status, status) : undefined)); // expect: prunes [dz25b]
}

export async function countOutputs(kind?: string) {
  const [row] = await db.select({ n: count() }).from(agentOutputs).where(kind ? eq(agentOutputs.kind, kind) : undefined); // expect: scans-all [dz25c]
  return row?.n ?? 0;
}

export async function latestOutputs(leadId: number, since: Date) {
  return db.query.agentOutputs.findMany({
    where: and(eq(agentOutputs.leadId, leadId), gte(agentOutputs.createdAt, since)),
    orderBy: [desc(agentOutputs.createdAt)],
    limit: 10,
  }); // expect: prunes [dz25d]
}
