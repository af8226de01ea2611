import { db } from './database';

export async function archiveStale() {
  await db.updateTable('leads').set({ status: 'archived' }).where('status', '=', 'stale').execute(); // expect: scans-all [ky05a]
}

export async function purgeOutputs(cutoff: Date) {
  const result = await db.deleteFrom('agent_outputs').where('created_at', '<', cutoff).executeTakeFirst(); // expect: prunes [ky05b]
  return Number(result.numDeletedRows);
}

export async function retag(leadId: number, kind: string) {
  await db.updateTable('agent_outputs').set({ kind }).where('lead_id', '=', leadId).execute(); // expect: scans-all [ky05c]
}
