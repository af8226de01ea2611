import { Lead } from './models/Lead';

export async function companyLeads(company: string) {
  return Lead.query().where('company', company).orderBy('id'); // expect: scans-all [ob01a]
}

export async function companyLeadsSince(company: string, since: Date) {
  return Lead.query().where('company', company).where('created_at', '>=', since); // expect: prunes [ob01b]
}

export async function leadById(id: number) {
  const lead = await Lead.query().findById(id); // expect: scans-all [ob01c]
  return lead ?? null;
}

export async function firstNew() {
  return Lead.query().where({ status: 'new' }).first(); // expect: scans-all [ob01d]
}
