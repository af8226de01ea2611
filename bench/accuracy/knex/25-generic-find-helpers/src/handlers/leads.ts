import { findAll, findOne, removeWhere } from '../lib/crud';

export async function getLead(id: number, createdAt: Date) {
  return findOne('leads', { id, created_at: createdAt }); // expect: prunes [kx25a] cross
}

export async function getOutputByKind(leadId: number, kind: string) {
  return findOne('agent_outputs', { lead_id: leadId, kind }); // expect: scans-all [kx25b] cross
}

export async function listCampaigns(userId: number) {
  return findAll('campaigns', { where: { user_id: userId, archived: false } }); // expect: prunes [kx25c] cross
}

export async function listLeadsOfCampaign(campaignId: number) {
  return findAll('leads', { where: { campaign_id: campaignId }, orderBy: 'created_at' }); // expect: scans-all [kx25d] cross
}

export async function purgeOutputs(leadId: number) {
  return removeWhere('agent_outputs', { lead_id: leadId }); // expect: scans-all [kx25e] cross
}
