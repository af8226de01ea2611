import { raw } from 'objection';
import { Campaign, Lead } from '../database/models/index';

/** Counts of a user's leads per status between two dates (insights panel). */
export function getLeadCountsByStatus(userId: string, { from, to }: { from: Date; to: Date }) {
  return Lead.query()
    .select('status', raw('count(*)::int as count'))
    .where('user_id', userId)
    .whereBetween('created_at', [from, to])
    .groupBy('status');
}

export async function updateLeadStatus(leadId: string, status: string) {
  return Lead.query().patchAndFetchById(leadId, { status }); // expect-also: [ob37f]
}

export async function getCampaignForUser(userId: string, campaignId: string) {
  return Campaign.query().findOne({ id: campaignId, user_id: userId });
}
