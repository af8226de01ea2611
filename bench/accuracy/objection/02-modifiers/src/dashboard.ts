import { Lead } from './models/Lead';

export async function recentWon() {
  return Lead.query().modify('recent').where('status', 'won'); // expect: prunes [ob02a] cross
}

export async function ofCompany(company: string) {
  return Lead.query().modify('byCompany', company).limit(20); // expect: scans-all [ob02b] cross
}

export async function recentOfCompany(company: string) {
  return Lead.query().modify('byCompany', company).modify('recent'); // expect: prunes [ob02c] cross
}
