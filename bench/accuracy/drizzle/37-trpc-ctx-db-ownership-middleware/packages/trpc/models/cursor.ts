import { and, eq, lt, lte, or } from 'drizzle-orm';
import { leads } from '../../db/schema';

export type LeadCursor = { id: number; createdAt: Date };

/** Rows after the cursor in (createdAt desc, id desc) order; no condition on the first page. */
export function afterCursor(cursor: LeadCursor | null | undefined) {
  return cursor ? or(lt(leads.createdAt, cursor.createdAt), and(eq(leads.createdAt, cursor.createdAt), lte(leads.id, cursor.id))) : undefined;
}
