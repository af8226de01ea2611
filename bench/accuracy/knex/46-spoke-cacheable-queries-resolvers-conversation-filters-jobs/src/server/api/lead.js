import cacheableData from "../models/cacheable_queries";

export const resolvers = {
  Lead: {
    id: lead => lead.id,
    messages: async lead =>
      cacheableData.message.query({ leadId: lead.id, since: lead.created_at }), // expect: prunes [kx46d] cross
    campaign: async (lead, _, { user }) =>
      cacheableData.campaign.load(lead.campaign_id, user.id)
  }
};
