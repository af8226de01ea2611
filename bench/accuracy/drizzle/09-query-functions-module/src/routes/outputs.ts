import { outputsOfLead, recentOutputs } from '../queries/outputs';

export async function listRecent(leadId: number, since: Date) {
  const rows = await recentOutputs(leadId, since); // expect: prunes [dz09a] cross
  return rows;
}

export async function listAll(leadId: number) {
  const rows = await outputsOfLead(leadId); // expect: scans-all [dz09b] cross
  return rows.map((r) => r.kind);
}
