import { db } from '../db';
import { LeadRepository } from '../repositories/lead.repository';

const repo = new LeadRepository(db);

export async function newLeadsOfCompany(company: string) {
  return repo.search({ status: 'new', company }); // expect: scans-all [dz32a] cross
}

export async function leadsOfLastWeek() {
  const since = new Date(Date.now() - 7 * 86_400_000);
  return repo.search({ since }); // expect: prunes [dz32b] cross
}

export async function relabel(outputId: number) {
  await repo.relabelOutput(outputId, 'reviewed'); // expect: scans-all [dz32c] cross
}

export async function myCampaignLeads(userId: number) {
  return repo.leadsOfUserCampaigns(userId, new Date(Date.now() - 30 * 86_400_000)); // expect: prunes [dz32d] cross
}
