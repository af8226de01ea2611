import { db } from '../db';

export function leadsOfCampaign(campaignId: number, page: number) {
  return db('leads').where('campaign_id', campaignId).orderBy('id').paginate({ perPage: 20, currentPage: page, isLengthAware: true });
}

export function leadsOfUserInRange(userId: number, from: Date, to: Date, page: number) {
  return db('leads').where('user_id', userId).whereBetween('created_at', [from, to]).paginate({ perPage: 20, currentPage: page, isLengthAware: true });
}

export function findLeads(userId: number, status?: string) {
  const criteria: Record<string, unknown> = { user_id: userId };
  if (status) criteria.status = status;
  return db('leads').where(criteria).orderBy('created_at', 'desc');
}

export function recentLeadByEmail(email: string, since: Date) {
  return db('leads').where({ email }).andWhere('created_at', '>=', since).first();
}
