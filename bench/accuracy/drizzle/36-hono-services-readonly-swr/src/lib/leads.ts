import { and, count, eq, gte } from 'drizzle-orm';
import { type ReadonlyDatabase, schema } from '../db';

export function findLeadById(db: ReadonlyDatabase, leadId: number) {
  return db.query.leads.findFirst({
    where: (table, { eq }) => eq(table.id, leadId),
    with: { outputs: true },
  });
}

export function getLeadWithOutputs(db: ReadonlyDatabase, leadId: number, createdAt: Date) {
  return db.query.leads.findFirst({
    where: and(eq(schema.leads.id, leadId), eq(schema.leads.createdAt, createdAt)),
    with: { outputs: { where: (o, { gte }) => gte(o.createdAt, createdAt) } },
  });
}

export function countLeadsQuery(db: ReadonlyDatabase, userId: number) {
  return db.select({ count: count() }).from(schema.leads).where(eq(schema.leads.userId, userId));
}

export type Window = '24h' | '7d' | '30d';

export function withinWindow(table: typeof schema.leads, window: Window) {
  const hours = window === '24h' ? 24 : window === '7d' ? 24 * 7 : 24 * 30;
  return gte(table.createdAt, new Date(Date.now() - hours * 3_600_000));
}
