import { db } from '../db';
import { LeadRepository, OutputRepository } from '../repositories/lead.repository';

const leads = new LeadRepository(db);
const outputs = new OutputRepository(db);

export async function monthlyCount(month: string) {
  const row = await leads.countInMonth(month).executeTakeFirstOrThrow(); // expect: scans-all [ky30a] cross
  return row.n;
}

export async function show(id: number, createdAt: Date) {
  return leads.byKey(id, createdAt).executeTakeFirst(); // expect: prunes [ky30b] cross
}

export async function retention() {
  const cutoff = new Date(Date.now() - 365 * 86_400_000);
  const deleted = await leads.purgeBefore(cutoff).execute(); // expect: prunes [ky30c] cross
  return deleted.length;
}

export async function archiveCampaign(campaignId: number) {
  await outputs.archiveForCampaign(campaignId).execute(); // expect: scans-all [ky30d] cross
}
