import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, leads } from './db/schema';
import { withPagination } from './pagination';

export async function userLeads(userId: number, since?: Date, status?: string) {
  const conditions: SQL[] = [eq(leads.userId, userId)];
  if (since) conditions.push(gte(leads.createdAt, since));
  if (status) conditions.push(eq(leads.status, status));
  return db.select().from(leads).where(and(...conditions)).orderBy(desc(leads.id)); // expect: scans-all [dz21a]
}

export async function monthPage(from: Date, to: Date, page: number) {
  const qb = db.select().from(leads).where(and(gte(leads.createdAt, from), lt(leads.createdAt, to))).$dynamic();
  return withPagination(qb, page); // expect: prunes [dz21b] cross
}

export async function outputsPage(kind: string, page: number) {
  const qb = db.select().from(agentOutputs).where(eq(agentOutputs.kind, kind)).$dynamic();
  return withPagination(qb, page); // expect: scans-all [dz21c] cross
}

export async function leadsWindow(from: Date, to: Date, status?: string) {
  const conditions: SQL[] = [gte(leads.createdAt, from), lt(leads.createdAt, to)];
  if (status) conditions.push(eq(leads.status, status));
  return db.select({ id: leads.id, email: leads.email }).from(leads).where(and(...conditions)); // expect: prunes [dz21d]
}
