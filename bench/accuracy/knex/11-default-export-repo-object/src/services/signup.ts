import { leadsRepository } from '../repositories/leads';

export async function existing(email: string) {
  const lead = await leadsRepository.byEmail(email); // expect: scans-all [kx11a] cross
  return lead ?? null;
}

export async function recentDuplicate(email: string, since: Date) {
  return Boolean(await leadsRepository.byEmailSince(email, since)); // expect: prunes [kx11b] cross
}
