import { AgentOutput } from '../models/AgentOutput';
import { Lead } from '../models/Lead';

export async function leadsOfUser(userId: number) {
  return Lead.query().where('user_id', userId).orderBy('id'); // expect: scans-all [ob30a] cross
}

export async function recentLeadsOfUser(userId: number, since: Date) {
  return Lead.query().where('user_id', userId).where('created_at', '>=', since); // expect: prunes [ob30b] cross
}

export async function leadsWithEmails(since: Date) {
  return Lead.query()
    .joinRelated('outputs')
    .where('outputs.kind', 'email')
    .where('leads.created_at', '>=', since)
    .distinct('leads.*'); // expect: scans-all [ob30c]
}

export async function outputsOfCompany(company: string, since: Date) {
  return AgentOutput.query()
    .whereIn('lead_id', Lead.query().select('leads.id').where('company', company).where('leads.created_at', '>=', since))
    .where('created_at', '>=', since); // expect: prunes [ob30d]
}
