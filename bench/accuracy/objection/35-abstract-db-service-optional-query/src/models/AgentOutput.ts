import { Model } from 'objection';

export default class AgentOutput extends Model {
  static tableName = 'agent_outputs';

  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: Date;
}
