import { Model } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
  campaign_id!: number | null;
  company!: string;
  status!: string;
  created_at!: Date;

  static relationMappings = () => ({
    outputs: {
      relation: Model.HasManyRelation,
      modelClass: AgentOutput,
      join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
    },
  });
}
