import type { QueryBuilder } from 'objection';
import { BaseAuthModel } from '../base';

export class AgentOutput extends BaseAuthModel {
  static tableName = 'agent_outputs';

  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: Date;

  static modifiers = {
    since(query: QueryBuilder<AgentOutput>, date: Date) {
      query.where('created_at', '>=', date);
    },
    recent(query: QueryBuilder<AgentOutput>) {
      query.where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000));
    },
  };

  static async findByLeadId(leadId: number) {
    return AgentOutput.query().where('lead_id', leadId).orderBy('created_at', 'desc').limit(50); // expect: scans-all [ob45e]
  }
}
