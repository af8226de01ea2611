import { db } from '../database';

export function outputsOfCompany(company: string, since: Date) {
  return db
    .selectFrom('agent_outputs')
    .selectAll()
    .where('lead_id', 'in', db.selectFrom('leads').select('id').where('company', '=', company))
    .where('created_at', '>=', since);
}

export function outputsOfRecentLeads(company: string, since: Date) {
  return db
    .selectFrom('agent_outputs')
    .selectAll()
    .where('lead_id', 'in', db.selectFrom('leads').select('id').where('company', '=', company).where('created_at', '>=', since))
    .where('created_at', '>=', since);
}
