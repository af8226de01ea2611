import type { Kysely, Transaction } from 'kysely';
import type { DB } from './types';

/** Query functions take the executor so that they run inside or outside a transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export function leadById(ex: Executor, id: number, createdAt?: Date) {
  let query = ex.selectFrom('leads').selectAll().where('id', '=', id);
  if (createdAt) query = query.where('created_at', '=', createdAt);
  return query;
}

export function outputsOf(ex: Executor, leadId: number) {
  return ex.selectFrom('agent_outputs').selectAll().where('lead_id', '=', leadId);
}
