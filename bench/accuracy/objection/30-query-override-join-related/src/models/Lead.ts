import { Model } from 'objection';
import { AgentOutput } from './AgentOutput';
import { SoftDeleteModel } from './SoftDeleteModel';

export class Lead extends SoftDeleteModel {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
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
