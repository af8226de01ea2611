import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { agentOutputs, campaigns } from './db/schema';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function archiveCampaignsQuery(tx: Tx, userId: number) {
  return tx.update(campaigns).set({ archived: true }).where(and(eq(campaigns.userId, userId), eq(campaigns.archived, false)));
}

function purgeOutputsQuery(tx: Tx, leadId: number) {
  return tx.delete(agentOutputs).where(eq(agentOutputs.leadId, leadId));
}

export async function closeAccount(userId: number, leadIds: number[]) {
  await db.transaction(async (tx) => {
    await archiveCampaignsQuery(tx, userId); // expect: prunes [dz13a] cross
    for (const id of leadIds) {
      await purgeOutputsQuery(tx, id); // expect: scans-all [dz13b] cross
    }
  });
}
