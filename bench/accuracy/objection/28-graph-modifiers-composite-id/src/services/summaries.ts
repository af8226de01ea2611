import { timelineWithRecentOutputs } from './timeline';
import { AgentOutput } from '../models/AgentOutput';

export async function weeklySummary(userId: number) {
  const since = new Date(Date.now() - 7 * 86_400_000);
  const leads = await timelineWithRecentOutputs(userId, since);
  const kinds = await AgentOutput.query()
    .whereIn('lead_id', leads.map((l) => l.id))
    .select('kind')
    .count('* as n')
    .groupBy('kind'); // expect: scans-all [ob28e]
  return { leads, kinds };
}
