import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { DB } from '../db/types';

export interface Period {
  from: Date;
  to: Date;
}

export function leadsInPeriod(eb: ExpressionBuilder<DB, 'leads'>, period: Period): Expression<SqlBool> {
  return eb.and([eb('leads.created_at', '>=', period.from), eb('leads.created_at', '<', period.to)]);
}

export const outputsInPeriod = (period: Period) => (eb: ExpressionBuilder<DB, 'agent_outputs'>) =>
  eb.and([eb('agent_outputs.created_at', '>=', period.from), eb('agent_outputs.created_at', '<', period.to)]);
