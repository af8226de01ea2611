import { Lead } from '../models/Lead';

export class LeadsService {
  async recentWithOutputs(userId: number, since: Date) {
    return Lead.findRecentForUser(userId, since).withGraphFetched('outputs(lastWeek)'); // expect: prunes [ob21a] cross
  }

  async allWithOutputs(userId: number, since: Date) {
    return Lead.findRecentForUser(userId, since).withGraphFetched('outputs'); // expect: scans-all [ob21b] cross
  }

  async forUser(userId: number) {
    return Lead.findForUser(userId).orderBy('id'); // expect: scans-all [ob21c] cross
  }

  async markWon(id: number) {
    return Lead.query().patchAndFetchById(id, { status: 'won' }); // expect: scans-all [ob21d]
  }
}
