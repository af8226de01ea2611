import { and, count, db, eq, gte, lte } from "@openstatus/db";
import { leads } from "@openstatus/db/src/schema";

export async function getLeads(userId: number) {
  return db.select().from(leads).where(eq(leads.userId, userId)); // expect: scans-all [dz44j]
}

export async function getLeadSummary(userId: number, from: Date, to: Date) {
  return db
    .select({ status: leads.status, count: count() })
    .from(leads)
    .where(and(eq(leads.userId, userId), gte(leads.createdAt, from), lte(leads.createdAt, to)))
    .groupBy(leads.status); // expect: prunes [dz44n] cross
}
