import { Lead } from './models/lead';

export async function recentWon() {
  return Lead.scope('recent').findAll({ where: { status: 'won' } }); // expect: prunes [sq03a] cross
}

export async function companyCount(company: string) {
  return Lead.scope({ method: ['byCompany', company] }).count(); // expect: scans-all [sq03b] cross
}

export async function recentOfCompany(company: string) {
  return Lead.scope('recent', { method: ['byCompany', company] }).findAll(); // expect: prunes [sq03c] cross
}
