import { count, gte } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';
import { leadRepository } from './lead.repository';

export async function newest() {
  return leadRepository.byStatus('new').limit(10); // expect: scans-all [dz17a] cross
}

export async function countSince(since: Date) {
  return db.select({ n: count() }).from(leads).where(gte(leads.createdAt, since)); // expect: prunes [dz17b]
}
