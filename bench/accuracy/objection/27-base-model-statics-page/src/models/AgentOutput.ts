import { BaseModel } from './BaseModel';

export class AgentOutput extends BaseModel {
  static tableName = 'agent_outputs';

  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: Date;
}
