import { Model, type QueryBuilder } from 'objection';
import AgentOutput from './AgentOutput';

export default class Lead extends Model {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
  company!: string;
  status!: string;
  created_at!: Date;
  outputs?: AgentOutput[];

  static modifiers = {
    withStatus(query: QueryBuilder<Lead>, status: string) {
      void query.where('status', status);
    },
    createdWithin(query: QueryBuilder<Lead>, days: number) {
      void query.where('created_at', '>=', new Date(Date.now() - days * 86_400_000));
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
