import type { Kysely } from 'kysely';
import type { DB } from './types';

export function outputsOf(trx: Kysely<DB>, leadId: number) {
  return trx.selectFrom('agent_outputs').selectAll().where('lead_id', '=', leadId);
}
