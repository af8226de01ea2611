import type { Database } from '@db/client';
import { agentOutputs, campaigns, leads } from '@db/schema';
import { and, asc, count, desc, eq, gte, ilike, lte, or } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm/sql/sql';

export type GetLeadsParams = {
  userId: number;
  cursor?: string | null;
  pageSize?: number;
  q?: string | null;
  start?: string | null;
  end?: string | null;
  status?: 'new' | 'won' | 'lost' | null;
  sort?: string[] | null;
};

export async function getLeads(db: Database, params: GetLeadsParams) {
  const { userId, cursor, pageSize = 25, q, start, end, status, sort } = params;

  const whereConditions: SQL[] = [eq(leads.userId, userId)];

  // Apply date range filter
  if (start && end) {
    whereConditions.push(gte(leads.createdAt, new Date(start)));
    whereConditions.push(lte(leads.createdAt, new Date(end)));
  }

  if (status) {
    whereConditions.push(eq(leads.status, status));
  }

  if (q) {
    whereConditions.push(or(ilike(leads.company, `%${q}%`), ilike(leads.email, `%${q}%`))!);
  }

  const query = db
    .select({
      id: leads.id,
      company: leads.company,
      email: leads.email,
      status: leads.status,
      createdAt: leads.createdAt,
      campaign: { id: campaigns.id, name: campaigns.name },
    })
    .from(leads)
    .leftJoin(campaigns, and(eq(campaigns.id, leads.campaignId), eq(campaigns.userId, leads.userId)))
    .where(and(...whereConditions));

  if (sort && sort.length === 2) {
    const [column, direction] = sort;
    const isAscending = direction === 'asc';
    if (column === 'company') {
      isAscending ? query.orderBy(asc(leads.company)) : query.orderBy(desc(leads.company));
    } else {
      isAscending ? query.orderBy(asc(leads.createdAt)) : query.orderBy(desc(leads.createdAt));
    }
  } else {
    query.orderBy(desc(leads.createdAt));
  }

  const offset = cursor ? Number.parseInt(cursor, 10) : 0;
  query.limit(pageSize).offset(offset);

  const data = await query; // expect: scans-all [dz41a]

  return {
    meta: { cursor: data.length === pageSize ? (offset + pageSize).toString() : undefined, hasNextPage: data.length === pageSize },
    data,
  };
}

export type GetLeadByIdParams = { userId: number; id: number };

export async function getLeadById(db: Database, params: GetLeadByIdParams) {
  const { userId, id } = params;
  const [result] = await db
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), eq(leads.userId, userId)))
    .limit(1); // expect: scans-all [dz41b]
  return result ?? null;
}

export type DeleteLeadParams = { userId: number; id: number };

export async function deleteLead(db: Database, params: DeleteLeadParams) {
  const [result] = await db
    .delete(leads)
    .where(and(eq(leads.id, params.id), eq(leads.userId, params.userId)))
    .returning({ id: leads.id }); // expect: scans-all [dz41c]
  return result;
}

export type UpdateLeadParams = { userId: number; id: number; createdAt: string; status?: string; company?: string };

export async function updateLead(db: Database, params: UpdateLeadParams) {
  const { userId, id, createdAt, ...data } = params;
  const [result] = await db
    .update(leads)
    .set(data)
    .where(and(eq(leads.id, id), eq(leads.createdAt, new Date(createdAt)), eq(leads.userId, userId)))
    .returning(); // expect: prunes [dz41d]
  return result;
}

export type GetLeadStatusSummaryParams = { userId: number; from: string; to: string };

export async function getLeadStatusSummary(db: Database, params: GetLeadStatusSummaryParams) {
  const rows = await db
    .select({ status: leads.status, count: count() })
    .from(leads)
    .where(and(eq(leads.userId, params.userId), gte(leads.createdAt, new Date(params.from)), lte(leads.createdAt, new Date(params.to))))
    .groupBy(leads.status); // expect: prunes [dz41e]
  return rows;
}

export type GetLeadOutputsParams = { leadId: number; leadCreatedAt: string };

export async function getLeadOutputs(db: Database, params: GetLeadOutputsParams) {
  const result = await db.query.agentOutputs.findMany({
    where: and(eq(agentOutputs.leadId, params.leadId), gte(agentOutputs.createdAt, new Date(params.leadCreatedAt))),
    orderBy: desc(agentOutputs.createdAt),
  }); // expect: prunes [dz41f]
  return result;
}

export async function deleteOutputsBefore(db: Database, params: { before: Date }) {
  return db.delete(agentOutputs).where(lte(agentOutputs.createdAt, params.before)).returning({ id: agentOutputs.id });
}
