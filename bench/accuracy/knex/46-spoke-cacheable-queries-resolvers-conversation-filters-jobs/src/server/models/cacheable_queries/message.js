import { r } from "..";

export const messageCache = {
  // The conversation of one lead; `since` narrows it when the caller knows when the lead arrived.
  query: ({ leadId, since }) => {
    let query = r.knex("agent_outputs").where("lead_id", leadId);
    if (since) {
      query = query.where("created_at", ">=", since);
    }
    return query.orderBy("created_at", "desc");
  },
  save: async ({ leadId, kind, body }) =>
    r.knex("agent_outputs").insert({ lead_id: leadId, kind, body, created_at: new Date() })
};
