import { db } from './db';

export async function leadsWithOutputs(since: Date) {
  return db('leads as l')
    .join('agent_outputs as o', 'o.lead_id', 'l.id')
    .where('l.created_at', '>=', since)
    .select('l.id', 'o.kind'); // expect: scans-all [kx05a]
}

export async function leadsWithOutputsKeyed(since: Date) {
  return db('leads as l')
    .join('agent_outputs as o', 'o.lead_id', 'l.id')
    .where('l.created_at', '>=', since)
    .andWhere('o.created_at', '>=', since)
    .select('l.id', 'o.kind'); // expect: prunes [kx05b]
}

export async function userCampaignLeads(userId: number, since: Date) {
  return db('leads as l')
    .leftJoin('campaigns as c', 'c.id', 'l.campaign_id')
    .where('c.user_id', userId)
    .where('l.created_at', '>=', since)
    .select('l.*', 'c.name'); // expect: prunes [kx05c]
}

export async function leadsWithCampaignNames(since: Date) {
  return db('leads').leftJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', since).select('leads.id', 'campaigns.name'); // expect: scans-all [kx05d]
}
