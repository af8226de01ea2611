import { type Database, schema } from '@/lib/db';

/** The lead of a user, for pages and procedures that check ownership first. */
export function getLeadForUser(db: Database, { leadId, userId }: { leadId: number; userId: number }) {
  return db.query.leads.findFirst({
    where: (table, { and, eq }) => and(eq(table.userId, userId), eq(table.id, leadId)),
  });
}

export function findLeadsInRange(db: Database, { userId, start, end }: { userId: number; start: Date; end: Date }) {
  return db.query.leads.findMany({
    where: (table, { and, eq, gte, lt }) => and(eq(table.userId, userId), gte(table.createdAt, start), lt(table.createdAt, end)),
    orderBy: (table, { desc }) => desc(table.createdAt),
    columns: { id: true, company: true, status: true, createdAt: true },
  });
}

export type LeadRow = typeof schema.leads.$inferSelect;
