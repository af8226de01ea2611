import type { RelationMappings } from 'objection';
import { Model } from '../util/model';
import { AgentOutput } from './AgentOutput';
import { Campaign } from './Campaign';

export class Lead extends Model {
  static override tableName = 'leads';

  userId!: string;
  campaignId!: string | null;
  company!: string;
  email!: string;
  status!: string;

  static override get relationMappings(): RelationMappings {
    return {
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
  }
}
