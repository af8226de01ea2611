import { eq, gte } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export const recentLeads = (since: Date) => db.$with('recent_leads').as(db.select().from(leads).where(gte(leads.createdAt, since)));

export const companyLeads = (company: string) => db.$with('company_leads').as(db.select().from(leads).where(eq(leads.company, company)));
