import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { createdWithinDays, ofCompany } from './db/conditions/leads';
import { leads } from './db/schema';

export async function wonThisWeek() {
  return db.select().from(leads).where(and(eq(leads.status, 'won'), createdWithinDays(7))); // expect: prunes [dz12a] cross
}

export async function companyLeads(company: string) {
  return db.select().from(leads).where(ofCompany(company)); // expect: scans-all [dz12b] cross
}

export async function companyThisMonth(company: string) {
  return db.select({ id: leads.id }).from(leads).where(and(ofCompany(company), createdWithinDays(30))); // expect: prunes [dz12c] cross
}
