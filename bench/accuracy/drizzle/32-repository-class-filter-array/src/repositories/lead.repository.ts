import { and, eq, getTableColumns, gte, type SQL } from 'drizzle-orm';
import type { Database } from '../db';
import { agentOutputs, campaigns, leads } from '../db/schema';

export interface LeadSearch {
  status?: string;
  since?: Date;
  company?: string;
}

export class LeadRepository {
  constructor(private readonly db: Database) {}

  search(query: LeadSearch) {
    const filters: SQL[] = [];
    if (query.status) filters.push(eq(leads.status, query.status));
    if (query.company) filters.push(eq(leads.company, query.company));
    if (query.since) filters.push(gte(leads.createdAt, query.since));
    return this.db.select().from(leads).where(and(...filters));
  }

  relabelOutput(id: number, kind: string) {
    return this.db.update(agentOutputs).set({ kind }).where(eq(agentOutputs.id, id));
  }

  leadsOfUserCampaigns(userId: number, since: Date) {
    return this.db
      .select({ ...getTableColumns(leads), campaignName: campaigns.name })
      .from(leads)
      .innerJoin(campaigns, and(eq(campaigns.id, leads.campaignId), eq(campaigns.userId, userId)))
      .where(gte(leads.createdAt, since));
  }
}
