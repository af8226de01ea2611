import { eq, sql } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export const leadsByCompany = db.select().from(leads).where(eq(leads.company, sql.placeholder('company'))).prepare('leads_by_company'); // expect-also: [dz18a]
