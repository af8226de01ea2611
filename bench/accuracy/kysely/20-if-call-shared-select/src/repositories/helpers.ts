import type { SelectQueryBuilder } from 'kysely';
import { db } from '../database';
import type { DB } from '../types';

/** The columns every lead listing returns. */
export const leadColumns = db.selectFrom('leads').select(['id', 'email', 'status', 'created_at']);

export function inMonth<O>(qb: SelectQueryBuilder<DB, 'leads', O>, month: Date) {
  const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  return qb.where('created_at', '>=', month).where('created_at', '<', next);
}
