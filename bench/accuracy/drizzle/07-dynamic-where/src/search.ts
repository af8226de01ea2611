import { and, eq, gte, type SQL } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export interface Filters {
  status?: string;
  from?: Date;
}

export async function search(f: Filters) {
  const conditions: SQL[] = [];
  if (f.status) conditions.push(eq(leads.status, f.status));
  if (f.from) conditions.push(gte(leads.createdAt, f.from));
  return db.select().from(leads).where(and(...conditions)); // expect: scans-all [dz07a]
}

export async function searchSince(since: Date, status?: string) {
  return db
    .select()
    .from(leads)
    .where(and(gte(leads.createdAt, since), status ? eq(leads.status, status) : undefined)); // expect: prunes [dz07b]
}
