import { db } from './db';

export async function outputsOfCompany(company: string, since: Date) {
  return db('agent_outputs')
    .whereIn('lead_id', db('leads').select('id').where('company', company))
    .where('created_at', '>=', since); // expect: scans-all [kx10a]
}

export async function outputsOfLeads(ids: number[], since: Date) {
  return db('agent_outputs').whereIn('lead_id', ids).where('created_at', '>=', since); // expect: prunes [kx10b]
}

export async function outputsOfRecentCompanyLeads(company: string, since: Date) {
  return db('agent_outputs')
    .whereIn('lead_id', db('leads').select('id').where('company', company).where('created_at', '>=', since))
    .where('created_at', '>=', since); // expect: prunes [kx10c]
}
