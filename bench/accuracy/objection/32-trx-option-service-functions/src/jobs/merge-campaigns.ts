import { Lead } from '../models/Lead';
import { deleteOutputsBefore, leadsByIds, leadsOfUser, moveLeads } from '../services/leads';

export async function mergeCampaigns(fromCampaign: number, toCampaign: number, leadIds: number[]) {
  const cutoff = new Date(Date.now() - 180 * 86_400_000);
  return Lead.transaction(async (trx) => {
    const moved = await moveLeads(fromCampaign, toCampaign, { trx }); // expect: scans-all [ob32a] cross
    const purged = await deleteOutputsBefore(leadIds, cutoff, { trx }); // expect: prunes [ob32b] cross
    const leads = await leadsByIds(leadIds, { trx }); // expect: scans-all [ob32c] cross
    return { moved, purged, leads };
  });
}

export async function quarterReport(userId: number, from: Date) {
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 3, 1));
  return leadsOfUser(userId, { from, to }).select('status').count('* as n').groupBy('status'); // expect: prunes [ob32d] cross
}
