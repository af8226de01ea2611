import { ItemsService, type AbstractServiceOptions } from './items';

export class LeadsService extends ItemsService {
  constructor(options: AbstractServiceOptions) {
    super('leads', options);
  }

  /** The user's leads since a date, newest first (dashboard panel). */
  readRecentForUser(userId: number, since: Date) {
    return this.knex
      .select('id', 'email', 'company', 'status', 'created_at')
      .from(this.collection)
      .where('user_id', userId)
      .andWhere('created_at', '>=', since)
      .orderBy('created_at', 'desc');
  }
}

export class AgentOutputsService extends ItemsService {
  constructor(options: AbstractServiceOptions) {
    super('agent_outputs', options);
  }

  async deleteForLead(leadId: number): Promise<void> {
    await this.knex.delete().from(this.collection).where({ lead_id: leadId }); // expect: scans-all [kx39e]
  }
}

export class CampaignsService extends ItemsService {
  constructor(options: AbstractServiceOptions) {
    super('campaigns', options);
  }
}
