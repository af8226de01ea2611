'use server';

import { and, eq, gte } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { leads } from '@/db/schema';

export async function archiveCompany(company: string) {
  await db.update(leads).set({ status: 'archived' }).where(eq(leads.company, company)); // expect: scans-all [dz14a]
  revalidatePath('/leads');
}

export async function archiveRecentCompany(company: string, since: Date) {
  await db.update(leads).set({ status: 'archived' }).where(and(eq(leads.company, company), gte(leads.createdAt, since))); // expect: prunes [dz14b]
  revalidatePath('/leads');
}
