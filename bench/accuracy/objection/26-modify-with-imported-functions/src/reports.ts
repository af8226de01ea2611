import { AgentOutput } from './models/AgentOutput';
import { Lead } from './models/Lead';
import { inRange, ofCompany } from './queries/modifiers';

export async function companyLeadsInRange(company: string, range: { from: Date; to: Date }) {
  return Lead.query().modify(inRange, range).modify(ofCompany, company); // expect: prunes [ob26a] cross
}

export async function companyLeads(company: string) {
  return Lead.query().modify(ofCompany, company).orderBy('id'); // expect: scans-all [ob26b] cross
}

export async function outputsInRange(range: { from: Date; to: Date }) {
  return AgentOutput.query().modify(inRange, range).select('kind').count('* as n').groupBy('kind'); // expect: prunes [ob26c] cross
}
