import { eq, lt } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, leads } from './db/schema';

export async function archiveStale() {
  await db.update(leads).set({ status: 'archived' }).where(eq(leads.status, 'stale')); // expect: scans-all [dz05a]
}

export async function purgeOutputs(cutoff: Date) {
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff)); // expect: prunes [dz05b]
}

export async function deleteOutputsOfLead(leadId: number) {
  return db.delete(agentOutputs).where(eq(agentOutputs.leadId, leadId)).returning({ id: agentOutputs.id }); // expect: scans-all [dz05c]
}
