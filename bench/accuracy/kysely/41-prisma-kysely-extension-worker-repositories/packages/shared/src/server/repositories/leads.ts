import { kyselyPrisma } from "../../db";

// Every query on a user's leads starts here so the owner filter is never forgotten.
export const leadsBaseQuery = (userId: number) =>
  kyselyPrisma.$kysely.selectFrom("leads").where("leads.user_id", "=", userId);

export const getLeadsInRange = async (userId: number, from: Date, to: Date) => {
  return kyselyPrisma.$kysely
    .selectFrom("leads")
    .selectAll()
    .where("user_id", "=", userId)
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .orderBy("created_at", "desc")
    .execute(); // expect: prunes [ky41e]
};

export const getLeadCountsByStatus = async (userId: number, from: Date) => {
  return leadsBaseQuery(userId)
    .where("leads.created_at", ">=", from)
    .select(["leads.status", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("leads.status")
    .execute(); // expect: prunes [ky41f] cross
};

export const getLeadsPage = async (userId: number, limit: number, page: number) => {
  return leadsBaseQuery(userId)
    .selectAll()
    .orderBy("leads.created_at", "desc")
    .limit(limit)
    .offset(page * limit)
    .execute(); // expect: scans-all [ky41g] cross
};
