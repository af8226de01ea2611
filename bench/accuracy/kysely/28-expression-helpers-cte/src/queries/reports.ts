import { db } from '../db';
import { leadsInPeriod, outputsInPeriod, type Period } from './period';

export async function campaignLeads(userId: number, period: Period) {
  return db
    .selectFrom('leads')
    .innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id')
    .select(['leads.id', 'leads.email', 'campaigns.name'])
    .where((eb) => leadsInPeriod(eb, period))
    .where('campaigns.user_id', '=', userId)
    .execute(); // expect: prunes [ky28a] cross
}

export async function leadsWithOutputKinds(period: Period) {
  return db
    .selectFrom('leads')
    .leftJoin('agent_outputs', 'agent_outputs.lead_id', 'leads.id')
    .select(['leads.id', 'agent_outputs.kind'])
    .where((eb) => leadsInPeriod(eb, period))
    .execute(); // expect: scans-all [ky28b] cross
}

export async function statusesOfCompany(company: string) {
  return db
    .with('company_leads', (qc) => qc.selectFrom('leads').select(['id', 'status']).where('company', '=', company))
    .selectFrom('company_leads')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute(); // expect: scans-all [ky28c]
}

export async function purgeOutputs(period: Period) {
  return db.deleteFrom('agent_outputs').where(outputsInPeriod(period)).where('kind', '=', 'draft').executeTakeFirst(); // expect: prunes [ky28d] cross
}
