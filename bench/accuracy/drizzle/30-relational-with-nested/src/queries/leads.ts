import { and, desc, eq, gte } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs, leads } from '../db/schema';

export const leadsWithRecentOutputs = (userId: number, since: Date) =>
  db.query.leads.findMany({
    where: eq(leads.userId, userId),
    with: { outputs: { where: gte(agentOutputs.createdAt, since), limit: 5 } },
  });

export const recentLeadsWithOutputs = (userId: number, since: Date) =>
  db.query.leads.findMany({
    where: and(eq(leads.userId, userId), gte(leads.createdAt, since)),
    with: { outputs: { orderBy: [desc(agentOutputs.createdAt)], limit: 5 } },
  });

export const outputsOfLead = (leadId: number, since: Date) =>
  db.query.agentOutputs.findMany({
    where: (o, { and, eq, gte }) => and(eq(o.leadId, leadId), gte(o.createdAt, since)),
    columns: { id: true, kind: true, createdAt: true },
  });

export const recentLeadsOnly = (userId: number, since: Date) =>
  db.query.leads.findMany({
    where: and(eq(leads.userId, userId), gte(leads.createdAt, since)),
    columns: { id: true, email: true },
    with: { campaign: { columns: { name: true } } },
  });
