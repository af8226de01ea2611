import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { getUser } from '../auth';
import { db } from './drizzle';
import { createdWithin, ownedBy } from './filters';
import { agentOutputs, campaigns, leads } from './schema';

export async function getLeadsWithCampaign() {
  const user = await getUser();
  if (!user) throw new Error('User not authenticated');
  return await db
    .select({ id: leads.id, email: leads.email, campaign: campaigns.name })
    .from(leads)
    .leftJoin(campaigns, eq(campaigns.id, leads.campaignId))
    .where(ownedBy(user.id))
    .orderBy(desc(leads.createdAt))
    .limit(10); // expect: scans-all [dz28a] cross
}

export async function getRecentLeads() {
  const user = await getUser();
  if (!user) return [];
  return db.select().from(leads).where(and(ownedBy(user.id), createdWithin(30))); // expect: prunes [dz28b] cross
}

export async function getOutputsWithLead(leadId: number, since: Date) {
  return db.query.agentOutputs.findMany({
    where: and(eq(agentOutputs.leadId, leadId), gte(agentOutputs.createdAt, since)),
    with: { lead: true },
  }); // expect: scans-all [dz28c]
}

export async function purgeOldOutputs() {
  const cutoff = new Date(Date.now() - 90 * 86_400_000);
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff)); // expect: prunes [dz28e]
}
