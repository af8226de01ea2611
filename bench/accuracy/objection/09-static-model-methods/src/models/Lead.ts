import { Model } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
  company!: string;
  created_at!: Date;

  static forUser(userId: number) {
    return this.query().where('user_id', userId);
  }

  static recentForUser(userId: number, days = 30) {
    return this.query().where('user_id', userId).where('created_at', '>=', new Date(Date.now() - days * 86_400_000));
  }

  static relationMappings = () => ({
    outputs: { relation: Model.HasManyRelation, modelClass: AgentOutput, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  });
}
