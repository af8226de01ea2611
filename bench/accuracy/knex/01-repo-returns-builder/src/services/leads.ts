import { leadsOfCompany, leadsOfUser } from '../repos/leads';

export async function companyPage(company: string) {
  const rows = await leadsOfCompany(company).limit(50); // expect: scans-all [kx01a] cross
  return rows;
}

export async function companySince(company: string, since: Date) {
  const rows = await leadsOfCompany(company).where('created_at', '>=', since); // expect: prunes [kx01b] cross
  return rows;
}

export async function userRecent(userId: number, since: Date) {
  return leadsOfUser(userId).andWhere('created_at', '>=', since).select('id', 'email'); // expect: prunes [kx01c] cross
}

export async function userAll(userId: number) {
  const rows = await leadsOfUser(userId); // expect: scans-all [kx01d] cross
  return rows.map((r) => r.email);
}
