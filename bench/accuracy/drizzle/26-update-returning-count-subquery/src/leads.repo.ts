import { and, eq, gte, inArray } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, leads } from './db/schema';

export const leadsRepo = {
  setStatus: (id: number, status: string) => db.update(leads).set({ status }).where(eq(leads.id, id)).returning(),

  setStatusDated: (id: number, createdAt: Date, status: string) => db.update(leads).set({ status }).where(and(eq(leads.id, id), eq(leads.createdAt, createdAt))).returning(),

  countOfUser: (userId: number) => db.$count(leads, eq(leads.userId, userId)),

  outputsOfRecentLeads: (since: Date) =>
    db
      .select()
      .from(agentOutputs)
      .where(and(inArray(agentOutputs.leadId, db.select({ id: leads.id }).from(leads).where(gte(leads.createdAt, since))), gte(agentOutputs.createdAt, since))),
};
