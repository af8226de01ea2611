import { leadsOfCompany, recentLeadsOfCompany } from './queries/leads';

export async function company(name: string) {
  const rows = await leadsOfCompany(name); // expect: scans-all [dz16a] cross
  return rows.length;
}

export async function recentCompany(name: string, since: Date) {
  const rows = await recentLeadsOfCompany(name, since); // expect: prunes [dz16b] cross
  return rows.length;
}
