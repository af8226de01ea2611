import { Lead } from './models/lead';

export async function recent() {
  return Lead.findAll({ where: Lead.recentWhere(7) }); // expect: prunes [sq18a] cross
}

export async function company(name: string) {
  return Lead.findAll({ where: Lead.companyWhere(name), limit: 20 }); // expect: scans-all [sq18b] cross
}
