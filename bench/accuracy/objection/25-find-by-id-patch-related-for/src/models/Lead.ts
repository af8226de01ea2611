import { Model, type QueryBuilder } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
  static tableName = 'leads';

  id!: number;
  userId!: number;
  company!: string;
  status!: string;
  created_at!: Date;

  static modifiers = {
    recent(query: QueryBuilder<Lead>) {
      query.where('created_at', '>=', new Date(Date.now() - 30 * 86_400_000));
    },
    byCompany(query: QueryBuilder<Lead>, company: string) {
      query.where('company', company);
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
