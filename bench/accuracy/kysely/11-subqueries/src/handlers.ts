import { outputsOfCompany, outputsOfRecentLeads } from './repo/outputs';

export async function companyOutputs(company: string, since: Date) {
  return outputsOfCompany(company, since).execute(); // expect: scans-all [ky11a] cross
}

export async function recentCompanyOutputs(company: string, since: Date) {
  return outputsOfRecentLeads(company, since).limit(100).execute(); // expect: prunes [ky11b] cross
}
