import { and, between, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { db } from './db';
import { leads } from './db/schema';

export async function atInstants(instants: Date[]) {
  return db.select().from(leads).where(inArray(leads.createdAt, instants)); // expect: prunes [dz15a]
}

export async function stamped() {
  return db.select().from(leads).where(and(isNotNull(leads.createdAt), eq(leads.status, 'new'))); // expect: scans-all [dz15b]
}

export async function inWindow(from: Date, to: Date) {
  return db.select().from(leads).where(between(leads.createdAt, from, to)); // expect: prunes [dz15c]
}

export async function windowOrVip(from: Date, to: Date) {
  return db.select().from(leads).where(or(between(leads.createdAt, from, to), eq(leads.company, 'VIP'))); // expect: scans-all [dz15d]
}
