import { Model, type QueryBuilder } from 'objection';
import { Lead } from './Lead';

export class AgentOutput extends Model {
  static tableName = 'agent_outputs';

  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: Date;

  static modifiers = {
    lastWeek(query: QueryBuilder<AgentOutput>) {
      query.where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000));
    },
  };

  static relationMappings = () => ({
    lead: {
      relation: Model.BelongsToOneRelation,
      modelClass: Lead,
      join: { from: 'agent_outputs.lead_id', to: 'leads.id' },
    },
  });
}
