import { desc, eq, gte } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';
import { leadsOfUser, withPagination } from './services/leads';

export async function userLeads(userId: number) {
  return leadsOfUser(userId).orderBy(desc(leads.id)).limit(20); // expect: scans-all [dz08a] cross
}

export async function newLeadsPage(page: number) {
  return withPagination(db.select().from(leads).where(eq(leads.status, 'new')).$dynamic(), page); // expect: scans-all [dz08b] cross
}

export async function recentPage(since: Date, page: number) {
  return withPagination(db.select().from(leads).where(gte(leads.createdAt, since)).$dynamic(), page); // expect: prunes [dz08c] cross
}
