import { and, eq } from '../../db';
import { leads } from '../../db/schema';
import type { DB, Transaction } from '../context';

/** A lead by id, scoped to the workspace. */
export function getLeadInWorkspace(args: { tx: DB | Transaction; id: number; workspaceId: number }) {
  const { tx, id, workspaceId } = args;
  return tx
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), eq(leads.userId, workspaceId)))
    .limit(1);
}
