import { leadsOfCompany, leadsSince } from './repositories/leads';

export async function companyPage(company: string) {
  return leadsOfCompany(company).limit(50).execute(); // expect: scans-all [ky01a] cross
}

export async function companyRecent(company: string, since: Date) {
  return leadsOfCompany(company).where('created_at', '>=', since).execute(); // expect: prunes [ky01b] cross
}

export async function recentEmails(since: Date) {
  const rows = await leadsSince(since).where('status', '=', 'new').execute(); // expect: prunes [ky01c] cross
  return rows.map((r) => r.email);
}
