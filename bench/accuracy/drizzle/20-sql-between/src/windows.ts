import { sql } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export async function inWindow(from: Date, to: Date) {
  return db.select().from(leads).where(sql`${leads.createdAt} between ${from} and ${to}`); // expect: prunes [dz20a]
}

export async function lowerCompany(company: string) {
  return db.select().from(leads).where(sql`lower(${leads.company}) = lower(${company})`); // expect: scans-all [dz20b]
}
