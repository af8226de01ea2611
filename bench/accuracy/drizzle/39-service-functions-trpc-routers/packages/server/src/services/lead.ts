import { TRPCError } from '@trpc/server';
import { and, between, desc, eq } from 'drizzle-orm';
import { db } from '../db/index';
import { leads } from '../db/schema/index';

export type Lead = NonNullable<Awaited<ReturnType<typeof findLeadById>>>;

export const findLeadById = async (leadId: number) => {
  const lead = await db.query.leads.findFirst({
    where: eq(leads.id, leadId),
    with: { campaign: true },
  }); // expect-also: [dz39a]
  if (!lead) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Lead not found' });
  }
  return lead;
};

export const findLeadsByUserInMonth = async (userId: number, month: string) => {
  const start = new Date(`${month}-01T00:00:00Z`);
  const end = new Date(start.getTime() + 31 * 86_400_000);
  return db
    .select()
    .from(leads)
    .where(and(eq(leads.userId, userId), between(leads.createdAt, start, end)))
    .orderBy(desc(leads.createdAt));
};

export const updateLead = async (leadId: number, createdAt: Date, leadData: Partial<{ status: string; company: string }>) => {
  const lead = await db
    .update(leads)
    .set({ ...leadData })
    .where(and(eq(leads.id, leadId), eq(leads.createdAt, createdAt)))
    .returning();
  return lead[0];
};
