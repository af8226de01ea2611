import { and, eq, gte, sql } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs, leads } from '../db/schema';

export const leadsByUserSince = db
  .select()
  .from(leads)
  .where(and(eq(leads.userId, sql.placeholder('userId')), gte(leads.createdAt, sql.placeholder('since'))))
  .prepare('leads_by_user_since');

export const outputsByLead = db.select().from(agentOutputs).where(eq(agentOutputs.leadId, sql.placeholder('leadId'))).prepare('outputs_by_lead');
