import { and, eq, gte } from 'drizzle-orm';
import { db } from '../db';
import { leads } from '../db/schema';

export function leadsOfCompany(company: string) {
  return db.query.leads.findMany({ where: eq(leads.company, company), limit: 50 });  // expect-also: [dz16a]
}

export function recentLeadsOfCompany(company: string, since: Date) {
  return db.query.leads.findMany({ where: and(eq(leads.company, company), gte(leads.createdAt, since)), limit: 50 });
}
