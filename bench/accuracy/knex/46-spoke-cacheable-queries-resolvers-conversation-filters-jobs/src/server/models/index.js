import knex from "knex";
import config from "./knex-connect";

// One knex instance for the whole server, reached as r.knex everywhere (the rethink-knex-adapter shape).
const r = { knex: knex(config) };

// Leads of one campaign: callers refine it (count, update) before it runs.
export const leadsInCampaign = campaignId =>
  r.knex("leads").where({ campaign_id: campaignId });

export { r };
