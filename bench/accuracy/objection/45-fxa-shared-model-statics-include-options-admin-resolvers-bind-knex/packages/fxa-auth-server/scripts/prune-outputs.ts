import { AgentOutput } from 'fxa-shared/db/models/auth';

const PRUNE_AFTER_DAYS = 90;

export async function main() {
  const cutoff = new Date(Date.now() - PRUNE_AFTER_DAYS * 86_400_000);
  const removed = await AgentOutput.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob45m]
  return removed;
}
