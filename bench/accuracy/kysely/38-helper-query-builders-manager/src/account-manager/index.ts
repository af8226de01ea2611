import { AccountDb } from './db/index';
import * as campaign from './helpers/campaign';
import * as lead from './helpers/lead';

export class AccountManager {
  db: AccountDb;

  constructor(dbUrl: string) {
    this.db = new AccountDb(dbUrl);
  }

  async getLead(id: number, flags?: lead.AvailabilityFlags) {
    return lead.getLead(this.db, id, flags);
  }

  async getLeadByEmail(email: string, flags?: lead.AvailabilityFlags) {
    return lead.getLeadByEmail(this.db, email, flags);
  }

  async getLeadsInWindow(userId: number, since: Date, until: Date) {
    return lead.getLeadsInWindow(this.db, userId, since, until);
  }

  async updateLeadStatus(id: number, createdAt: Date, status: string) {
    return lead.updateLeadStatus(this.db, id, createdAt, status);
  }

  async resetLead(id: number) {
    return lead.deleteLeadOutputs(this.db, id);
  }

  async getCampaigns(userId: number) {
    return campaign.getCampaigns(this.db, userId);
  }
}
