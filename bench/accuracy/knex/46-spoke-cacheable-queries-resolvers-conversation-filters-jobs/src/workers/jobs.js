import { r, leadsInCampaign } from "../server/models";

const DAY = 24 * 60 * 60 * 1000;

export async function releaseCampaignLeads({ campaignId }) {
  await leadsInCampaign(campaignId).update({ status: "closed" }); // expect: scans-all [kx46k] cross
}

export async function countRecentCampaignLeads({ campaignId, since }) {
  const row = await leadsInCampaign(campaignId)
    .where("created_at", ">=", since)
    .count("id as count")
    .first(); // expect: prunes [kx46l] cross
  return Number(row.count);
}

export async function purgeOldMessages() {
  const cutoff = new Date(Date.now() - 90 * DAY);
  return r.knex("agent_outputs").where("created_at", "<", cutoff).del(); // expect: prunes [kx46i]
}
