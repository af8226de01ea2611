import { Lead } from '../../models/Lead';
import { LeadOps } from '../../modules/ops/lead';

export class SweeperLeads {
  name = 'sweeper:leads';
  frequency = 1000 * 60 * 60;

  async runWithinTransaction({ userIds }: { userIds: string[] }) {
    for (const userId of userIds) {
      await LeadOps.markStale(userId);
    }
    return Lead.sweep(1000);
  }
}
