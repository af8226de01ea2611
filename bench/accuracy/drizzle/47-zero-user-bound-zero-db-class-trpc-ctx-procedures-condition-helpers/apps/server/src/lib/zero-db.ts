import { and, desc, eq } from 'drizzle-orm';
import { createDb, type DB } from '../db';
import { agentOutputs, campaigns, leads } from '../db/schema';

// One user's view of the database: every method is bound to the user the object was created for.
export class ZeroDB {
  constructor(
    private readonly db: DB,
    private readonly userId: number,
  ) {}

  async findManyCampaigns() {
    return await this.db.query.campaigns.findMany({
      where: and(eq(campaigns.userId, this.userId), eq(campaigns.archived, false)),
      orderBy: [campaigns.name],
    }); // expect: prunes [dz47a]
  }

  async findCampaign(campaignId: number) {
    return await this.db.query.campaigns.findFirst({
      where: and(eq(campaigns.id, campaignId), eq(campaigns.userId, this.userId)),
    }); // expect: prunes [dz47b]
  }

  async findRecentLeads(limit = 50) {
    return await this.db.query.leads.findMany({
      where: eq(leads.userId, this.userId),
      orderBy: [desc(leads.createdAt)],
      limit,
    }); // expect: scans-all [dz47c]
  }

  async updateLead(leadId: number, createdAt: Date, data: Partial<typeof leads.$inferInsert>) {
    return await this.db
      .update(leads)
      .set(data)
      .where(and(eq(leads.id, leadId), eq(leads.createdAt, createdAt), eq(leads.userId, this.userId))); // expect: prunes [dz47d]
  }

  async deleteLead(leadId: number) {
    await this.db.delete(leads).where(and(eq(leads.id, leadId), eq(leads.userId, this.userId))); // expect: scans-all [dz47e]
  }

  async findLeadOutputs(leadId: number) {
    return await this.db.select().from(agentOutputs).where(eq(agentOutputs.leadId, leadId)).orderBy(desc(agentOutputs.createdAt)); // expect: scans-all [dz47f]
  }
}

export const getZeroDB = async (userId: number) => {
  const { db } = createDb(process.env.DATABASE_URL!);
  return new ZeroDB(db, userId);
};
