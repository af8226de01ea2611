import type { QueryBuilder } from 'objection';
import type { AgentOutput } from './models/AgentOutput';

export function ofKind(qb: QueryBuilder<AgentOutput>, kind: string) {
  void qb.where('kind', kind);
}

export function since(qb: QueryBuilder<AgentOutput>, time: Date) {
  void qb.where('created_at', '>=', time);
}
