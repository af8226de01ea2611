import { Model, type QueryBuilder } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
  company!: string;
  status!: string;
  created_at!: Date;
  outputs?: AgentOutput[];

  static modifiers = {
    createdWithin(query: QueryBuilder<Lead>, from: Date, to: Date) {
      query.where('created_at', '>=', from).where('created_at', '<', to);
    },
    ofStatus(query: QueryBuilder<Lead>, status: string) {
      query.where('status', status);
    },
  };

  static relationMappings = () => ({
    outputs: {
      relation: Model.HasManyRelation,
      modelClass: AgentOutput,
      join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
    },
  });
}
