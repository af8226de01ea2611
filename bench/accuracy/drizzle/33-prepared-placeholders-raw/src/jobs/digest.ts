import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db';
import { leads } from '../db/schema';
import { leadsByUserSince, outputsByLead } from '../queries/prepared';

export async function digest(userId: number) {
  const since = new Date(Date.now() - 86_400_000);
  const fresh = await leadsByUserSince.execute({ userId, since }); // expect: prunes [dz33a] cross
  const outputs = await Promise.all(fresh.map((l) => outputsByLead.execute({ leadId: l.id }))); // expect: scans-all [dz33b] cross
  return { fresh, outputs };
}

export async function statusBreakdown(campaignId: number) {
  const result = await db.execute(sql`SELECT ${leads.status}, count(*) AS n FROM ${leads} WHERE ${leads.campaignId} = ${campaignId} GROUP BY 1`); // expect: scans-all [dz33c]
  return result.rows;
}

export async function purgeUserLeads(userId: number) {
  const cutoff = new Date(Date.now() - 400 * 86_400_000);
  return db.delete(leads).where(and(eq(leads.userId, userId), lt(leads.createdAt, cutoff))).returning({ id: leads.id }); // expect: prunes [dz33d]
}
