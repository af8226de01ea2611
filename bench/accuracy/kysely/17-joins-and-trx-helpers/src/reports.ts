import { db } from './database';
import { outputsOf } from './outputs';

export async function withCampaigns(since: Date) {
  return db.selectFrom('leads').innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', since).selectAll('leads').execute(); // expect: scans-all [ky17a]
}

export async function withUserCampaigns(userId: number, since: Date) {
  return db.selectFrom('leads').innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', since).where('campaigns.user_id', '=', userId).selectAll('leads').execute(); // expect: prunes [ky17b]
}

export async function outputsInTransaction(leadId: number) {
  return db.transaction().execute(async (trx) => outputsOf(trx, leadId).execute()); // expect: scans-all [ky17c] cross
}
