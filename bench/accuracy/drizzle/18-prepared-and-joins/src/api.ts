import { eq, gte, inArray } from 'drizzle-orm';
import { db } from './db';
import { campaigns, leads } from './db/schema';
import { leadsByCompany } from './prepared';

export async function company(name: string) {
  return leadsByCompany.execute({ company: name }); // expect: scans-all [dz18a] cross
}

export async function withCampaigns(since: Date) {
  return db.select().from(leads).leftJoin(campaigns, eq(campaigns.id, leads.campaignId)).where(gte(leads.createdAt, since)); // expect: scans-all [dz18b]
}

export async function campaignsOf(userIds: number[]) {
  return db.select().from(campaigns).where(inArray(campaigns.userId, userIds)); // expect: prunes [dz18c]
}
