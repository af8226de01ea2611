import { transaction } from 'objection';
import { AgentOutput } from './models/AgentOutput';
import { Lead } from './models/Lead';

export async function closeLead(id: number, createdAt: Date) {
  return transaction(Lead.knex(), async (trx) => {
    await AgentOutput.query(trx).delete().where('lead_id', id); // expect: scans-all [ob22a]
    return Lead.query(trx).patch({ status: 'closed' }).where({ id, created_at: createdAt }); // expect: prunes [ob22b]
  });
}

export async function leadsWithEmails(since: Date) {
  return Lead.query()
    .joinRelated('outputs')
    .where('leads.created_at', '>=', since)
    .where('outputs.created_at', '>=', since)
    .where('outputs.kind', 'email')
    .distinct('leads.*'); // expect: prunes [ob22c]
}

export async function leadsHavingOutputs(since: Date) {
  return Lead.query()
    .where('created_at', '>=', since)
    .whereExists(Lead.relatedQuery('outputs').where('kind', 'summary')); // expect: scans-all [ob22d]
}

export async function outputsOfCompany(company: string, since: Date) {
  return AgentOutput.query().joinRelated('lead').where('lead.company', company).where('agent_outputs.created_at', '>=', since); // expect: scans-all [ob22e]
}
