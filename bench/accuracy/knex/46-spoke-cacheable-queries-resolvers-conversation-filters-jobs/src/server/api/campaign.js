import { r } from "../models";
import cacheableData from "../models/cacheable_queries";

export const resolvers = {
  Campaign: {
    leads: async campaign =>
      r.knex("leads")
        .where({ campaign_id: campaign.id })
        .orderBy("created_at", "desc")
        .limit(100), // expect: scans-all [kx46g]
    latestReplies: async (campaign, { leadId }) =>
      cacheableData.message.query({ leadId }).limit(20) // expect: scans-all [kx46c] cross
  },
  RootQuery: {
    campaigns: async (_, __, { user }) =>
      cacheableData.campaign.listActive(user.id) // expect: prunes [kx46j] cross
  }
};
