import { eq } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { db } from '../db';
import { leads } from '../db/schema';

export function leadsOfUser(userId: number) {
  return db.select().from(leads).where(eq(leads.userId, userId)).$dynamic();
}

export function withPagination<T extends PgSelect>(qb: T, page: number, size = 20) {
  return qb.limit(size).offset(page * size);
}
