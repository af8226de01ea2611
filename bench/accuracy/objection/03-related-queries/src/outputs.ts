import { Lead } from './models/Lead';

export async function outputsOf(lead: Lead) {
  return lead.$relatedQuery('outputs').orderBy('created_at', 'desc'); // expect: scans-all [ob03a]
}

export async function freshOutputsOf(lead: Lead) {
  return lead.$relatedQuery('outputs').where('created_at', '>=', lead.created_at); // expect: prunes [ob03b]
}

export async function outputsForId(leadId: number) {
  return Lead.relatedQuery('outputs').for(leadId).where('kind', 'email'); // expect: scans-all [ob03c]
}
