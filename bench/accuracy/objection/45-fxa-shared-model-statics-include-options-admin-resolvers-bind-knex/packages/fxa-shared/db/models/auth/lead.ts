import { Model } from 'objection';
import { BaseAuthModel } from '../base';
import { AgentOutput } from './agent-output';
import { Campaign } from './campaign';

export type LeadOptions = { include?: Array<'outputs' | 'campaign'> };

const LEAD_COLUMNS = ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'];

export class Lead extends BaseAuthModel {
  static tableName = 'leads';

  id!: number;
  user_id!: number;
  campaign_id!: number | null;
  email!: string;
  status!: string;
  created_at!: Date;

  static relationMappings = {
    outputs: {
      relation: Model.HasManyRelation,
      modelClass: AgentOutput,
      join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
    },
    campaign: {
      relation: Model.BelongsToOneRelation,
      modelClass: Campaign,
      join: { from: 'leads.campaign_id', to: 'campaigns.id' },
    },
  };

  static findQuery(options?: LeadOptions) {
    let query = Lead.query().select(LEAD_COLUMNS);
    if (options?.include?.includes('outputs')) {
      query = query.withGraphFetched('outputs');
    }
    if (options?.include?.includes('campaign')) {
      query = query.withGraphFetched('campaign');
    }
    return query;
  }

  static async findById(id: number, options?: LeadOptions) {
    return Lead.findQuery(options).where('id', id).first(); // expect: scans-all [ob45a] cross
  }

  static async findRecentByUser(userId: number, since = new Date(Date.now() - 30 * 86_400_000)) {
    return Lead.findQuery().where('user_id', userId).where('created_at', '>=', since).orderBy('created_at', 'desc'); // expect: prunes [ob45b] cross
  }

  static async setStatus(id: number, createdAt: Date, status: string) {
    return Lead.query().patch({ status }).where({ id, created_at: createdAt }); // expect: prunes [ob45c]
  }

  static async delete(id: number) {
    return Lead.query().delete().where('id', id); // expect: scans-all [ob45d]
  }
}
