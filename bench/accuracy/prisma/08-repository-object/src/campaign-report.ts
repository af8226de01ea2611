import { leadRepository } from './lead.repository';

export async function report(campaignId: bigint, since: Date) {
  const [all, recent] = await Promise.all([leadRepository.ofCampaign(campaignId), leadRepository.ofCampaignSince(campaignId, since)]);
  return { all: all.length, recent: recent.length };
}
