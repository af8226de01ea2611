import { db } from './database';

export async function leadsWithOutputs(since: Date) {
  return db
    .selectFrom('leads as l')
    .innerJoin('agent_outputs as o', 'o.lead_id', 'l.id')
    .select(['l.id', 'o.kind'])
    .where('l.created_at', '>=', since)
    .execute(); // expect: scans-all [ky03a]
}

export async function leadsWithOutputsKeyed(since: Date) {
  return db
    .selectFrom('leads as l')
    .innerJoin('agent_outputs as o', (join) => join.onRef('o.lead_id', '=', 'l.id').on('o.created_at', '>=', since))
    .select(['l.id', 'o.kind'])
    .where('l.created_at', '>=', since)
    .execute(); // expect: prunes [ky03b]
}

export async function campaignLeads(userId: number, since: Date) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('leads as l', 'l.campaign_id', 'c.id')
    .select(['c.name', 'l.email'])
    .where('c.user_id', '=', userId)
    .where('l.created_at', '>=', since)
    .execute(); // expect: prunes [ky03c]
}
