import { LeadRepository } from './lead.repository';

export async function company(name: string) {
  return LeadRepository.byCompanyQuery(name).getMany(); // expect: scans-all [to19a] cross
}

export async function recentCompany(name: string, since: Date) {
  return LeadRepository.byCompanyQuery(name).andWhere('l.createdAt >= :since', { since }).getMany(); // expect: prunes [to19b] cross
}
