import { and, gte } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';
import { leadsWhere } from './filters';

export async function userLeads(userId: number) {
  return db.select().from(leads).where(leadsWhere({ userId })); // expect: scans-all [dz27a] cross
}

export async function userLeadsSince(userId: number, since: Date) {
  return db.select().from(leads).where(and(leadsWhere({ userId }), gte(leads.createdAt, since))); // expect: prunes [dz27b] cross
}

export async function userLeadsRelational(userId: number, since: Date) {
  return db.query.leads.findMany({ where: leadsWhere({ userId, since }) }); // expect: prunes [dz27c] cross
}
