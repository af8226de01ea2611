import { AgentOutput } from './models/AgentOutput';
import { Lead } from './models/Lead';

export async function archiveStale() {
  return Lead.query().patch({ status: 'archived' }).where('status', 'stale'); // expect: scans-all [ob06a]
}

export async function purgeOutputs(cutoff: Date) {
  return AgentOutput.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob06b]
}

export async function markSeen(ids: number[], since: Date) {
  await Lead.query().patch({ status: 'seen' }).whereIn('id', ids).where('created_at', '>=', since); // expect: prunes [ob06c]
}
