import { r } from "../../models";
import cacheableData from "../../models/cacheable_queries";

export const updateLeadStatus = async (_, { leadId, createdAt, status }) => {
  await r.knex("leads")
    .where({ id: leadId, created_at: createdAt })
    .update({ status }); // expect: prunes [kx46e]
  return { id: leadId, status };
};

export const optOutLead = async (_, { leadId }) => {
  await r.knex("leads")
    .where("id", leadId)
    .update({ status: "opted_out" }); // expect: scans-all [kx46f]
  return { id: leadId };
};

export const archiveCampaign = async (_, { id }) => cacheableData.campaign.archive(id);
