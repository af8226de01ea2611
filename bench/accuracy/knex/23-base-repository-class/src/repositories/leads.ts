import { BaseRepository } from './base';

interface LeadRow {
  id: number;
  user_id: number;
  company: string;
  status: string;
  created_at: Date;
}

export class LeadRepository extends BaseRepository<LeadRow> {
  constructor() {
    super('leads');
  }

  createdBetween(from: Date, to: Date) {
    return this.query().whereBetween('created_at', [from, to]);
  }
}

interface CampaignRow {
  id: number;
  user_id: number;
  name: string;
}

export class CampaignRepository extends BaseRepository<CampaignRow> {
  constructor() {
    super('campaigns');
  }

  ofUser(userId: number) {
    return this.query().where({ user_id: userId });
  }
}

export const leadRepository = new LeadRepository();
export const campaignRepository = new CampaignRepository();
