import { and, count, desc, eq } from "drizzle-orm";

import { DateRange, leadConditions, leadTimeConditions } from "./conditions";
import { db } from "./db";
import * as schema from "./db/schema";

export async function getLead({ id, userId }: { id: number; userId: number }) {
  return db().query.lead.findFirst({
    where: and(eq(schema.lead.id, id), eq(schema.lead.userId, userId)),
  }); // expect: scans-all [dz45a]
}

export async function findLeads({
  userId,
  statuses,
  since,
  limit = 100,
}: {
  userId: number;
  statuses?: string[];
  since?: Date;
  limit?: number;
}) {
  return db()
    .select()
    .from(schema.lead)
    .where(and(...leadConditions({ userId, statuses, since })))
    .orderBy(desc(schema.lead.createdAt))
    .limit(limit); // expect: scans-all [dz45b] cross
}

export async function getLeadStatusCounts({ userId, range }: { userId: number; range: DateRange }) {
  return db()
    .select({ status: schema.lead.status, count: count() })
    .from(schema.lead)
    .where(and(eq(schema.lead.userId, userId), ...leadTimeConditions(range)))
    .groupBy(schema.lead.status); // expect: prunes [dz45c] cross
}

export function leadsOfUserQuery(userId: number) {
  return db().select().from(schema.lead).where(eq(schema.lead.userId, userId)).$dynamic();
}
