import { LeadService } from '../services/LeadService';

const service = new LeadService();

export async function listForUser(userId: number, since: Date) {
  return service.forUser(userId).where('created_at', '>=', since); // expect: prunes [ob05a] cross
}

export async function allForUser(userId: number) {
  const leads = await service.forUser(userId).orderBy('id', 'desc'); // expect: scans-all [ob05b] cross
  return leads;
}

export async function companyCount(company: string) {
  return service.forCompany(company).resultSize(); // expect: scans-all [ob05c] cross
}
