import { eq } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export const leadRepository = {
  byStatus: (status: string) => db.select().from(leads).where(eq(leads.status, status)),
};
