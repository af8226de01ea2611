import { and, desc, eq, gte } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export async function companyLeads(company: string) {
  return db.select().from(leads).where(eq(leads.company, company)).orderBy(desc(leads.id)); // expect: scans-all [dz01a]
}

export async function companySince(company: string, since: Date) {
  return db.select().from(leads).where(and(eq(leads.company, company), gte(leads.createdAt, since))); // expect: prunes [dz01b]
}

export async function leadById(id: number) {
  const [row] = await db.select().from(leads).where(eq(leads.id, id)).limit(1); // expect: scans-all [dz01c]
  return row;
}
