import { Model } from 'objection';
import { AgentOutput } from './AgentOutput';

export class Lead extends Model {
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

  static findRecentForUser(userId: number, since: Date) {
    return this.query().where('user_id', userId).where('created_at', '>=', since);
  }

  static findForUser(userId: number) {
    return this.query().where('user_id', userId);
  }
}
