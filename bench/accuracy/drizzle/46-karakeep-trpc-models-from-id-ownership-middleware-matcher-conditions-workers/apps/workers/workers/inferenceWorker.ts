import { desc, eq } from 'drizzle-orm';
import { agentOutputs, db, leads } from '@karakeep/db';

export async function runInference(job: { data: { leadId: number } }) {
  const { leadId } = job.data;
  const previous = await db.query.agentOutputs.findMany({
    where: eq(agentOutputs.leadId, leadId),
    orderBy: desc(agentOutputs.createdAt),
  }); // expect: scans-all [dz46n]
  await db.insert(agentOutputs).values({ leadId, kind: 'summary', body: `seen ${previous.length}`, createdAt: new Date() });
  await db.update(leads).set({ status: 'enriched' }).where(eq(leads.id, leadId)); // expect: scans-all [dz46p]
}
