import { and, between, count, desc, eq } from 'drizzle-orm';
import type { Database } from '../app/database/database';
import { agentOutputs, leads } from '../app/database/database.schema';
import { injectArguments } from '../shared/inject-arguments';
import { withPagination } from '../shared/pagination';

export type LeadsRepository = ReturnType<typeof createLeadsRepository>;

export function createLeadsRepository({ db }: { db: Database }) {
  return injectArguments(
    {
      getUserLeads,
      getLeadById,
      getLeadsCreatedBetween,
      getUserLeadsCount,
      softDeleteLead,
      deleteLeadOutputs,
    },
    { db },
  );
}

async function getUserLeads({ userId, pageIndex = 0, pageSize = 50, db }: { userId: number; pageIndex?: number; pageSize?: number; db: Database }) {
  const query = db.select().from(leads).where(and(eq(leads.userId, userId), eq(leads.status, 'new')));
  const userLeads = await withPagination(query.$dynamic(), { orderByColumn: desc(leads.createdAt), pageIndex, pageSize }); // expect-also: [dz40a]
  return { leads: userLeads };
}

async function getLeadById({ leadId, userId, db }: { leadId: number; userId: number; db: Database }) {
  const [lead] = await db
    .select()
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.userId, userId))); // expect-also: [dz40b]
  return { lead };
}

async function getLeadsCreatedBetween({ userId, from, to, db }: { userId: number; from: Date; to: Date; db: Database }) {
  const rows = await db
    .select()
    .from(leads)
    .where(and(eq(leads.userId, userId), between(leads.createdAt, from, to)));
  return { leads: rows };
}

async function getUserLeadsCount({ userId, db }: { userId: number; db: Database }) {
  const [record] = await db.select({ leadsCount: count() }).from(leads).where(eq(leads.userId, userId)); // expect-also: [dz40h]
  return { leadsCount: record?.leadsCount ?? 0 };
}

async function softDeleteLead({ leadId, createdAt, db }: { leadId: number; createdAt: Date; db: Database }) {
  await db
    .update(leads)
    .set({ status: 'deleted' })
    .where(and(eq(leads.id, leadId), eq(leads.createdAt, createdAt)));
}

async function deleteLeadOutputs({ leadId, db }: { leadId: number; db: Database }) {
  await db.delete(agentOutputs).where(eq(agentOutputs.leadId, leadId)); // expect-also: [dz40e]
}
