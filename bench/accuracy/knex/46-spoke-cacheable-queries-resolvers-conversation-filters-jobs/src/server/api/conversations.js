import { r } from "../models";

const DAY = 24 * 60 * 60 * 1000;
const thirtyDaysAgo = () => new Date(Date.now() - 30 * DAY);

// Adds the inbox filters to a leads query, the way the conversations page narrows its list.
function applyLeadFilters(query, { userId, status, since }) {
  query = query.where("leads.user_id", userId);
  if (status) {
    query = query.where("leads.status", status);
  }
  if (since) {
    query = query.where("leads.created_at", ">=", since);
  }
  return query;
}

export async function getConversations(cursor, { userId, status, since = thirtyDaysAgo() }) {
  const base = r.knex
    .select("leads.id", "leads.company", "leads.status", "leads.created_at")
    .from("leads");
  const leads = await applyLeadFilters(base, { userId, status, since })
    .orderBy("leads.created_at", "desc")
    .limit(cursor.limit)
    .offset(cursor.offset); // expect: prunes [kx46h] cross
  return { leads, pageInfo: { limit: cursor.limit, offset: cursor.offset } };
}
