import { AgentOutput } from './models/AgentOutput';
import { Lead } from './models/Lead';

export async function cleanup(cutoff: Date) {
  await Lead.transaction(async (trx) => {
    await Lead.query(trx).patch({ status: 'archived' }).where('status', 'stale'); // expect: scans-all [ob11a]
    await AgentOutput.query(trx).delete().where('created_at', '<', cutoff); // expect: prunes [ob11b]
  });
}
