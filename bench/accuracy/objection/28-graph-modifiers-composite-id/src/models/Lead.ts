import { Model } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
  static tableName = 'leads';
  /** The partitioned table's primary key includes the partition key. */
  static idColumn = ['id', 'created_at'];

  id!: number;
  user_id!: number;
  company!: string;
  status!: string;
  created_at!: Date;
  outputs?: AgentOutput[];

  static relationMappings = () => ({
    outputs: {
      relation: Model.HasManyRelation,
      modelClass: AgentOutput,
      join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
    },
  });
}
