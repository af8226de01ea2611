import type { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../types';

export function withOutputs(eb: ExpressionBuilder<DB, 'leads'>) {
  return jsonArrayFrom(eb.selectFrom('agent_outputs').select(['agent_outputs.id', 'agent_outputs.kind']).whereRef('agent_outputs.lead_id', '=', 'leads.id')).as('outputs');
}

export function withOutputsSince(eb: ExpressionBuilder<DB, 'leads'>, since: Date) {
  return jsonArrayFrom(
    eb
      .selectFrom('agent_outputs')
      .select(['agent_outputs.id', 'agent_outputs.kind'])
      .whereRef('agent_outputs.lead_id', '=', 'leads.id')
      .where('agent_outputs.created_at', '>=', since),
  ).as('outputs');
}
