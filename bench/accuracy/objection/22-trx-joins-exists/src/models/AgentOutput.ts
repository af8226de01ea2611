import { Model } from 'objection';
import { Lead } from './Lead';

export class AgentOutput extends Model {
  static tableName = 'agent_outputs';

  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: Date;

  static relationMappings = () => ({
    lead: {
      relation: Model.BelongsToOneRelation,
      modelClass: Lead,
      join: { from: 'agent_outputs.lead_id', to: 'leads.id' },
    },
  });
}
