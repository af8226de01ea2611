import { Model } from 'objection';
import { Table } from '../common/objection/decorators/table.decorator';
import { AgentOutput } from './agent-output.entity';
import { Entity } from './base.entity';

const DAY = 24 * 60 * 60 * 1000;

@Table({
  name: 'leads',
  modifiers: {
    recent: (qb) => qb.where('created_at', '>=', new Date(Date.now() - 30 * DAY)),
  },
  relationMappings: {
    outputs: {
      relation: Model.HasManyRelation,
      modelClass: AgentOutput,
      join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
    },
  },
})
export class Lead extends Entity {
  id: number;
  user_id: number;
  campaign_id: number | null;
  company: string;
  email: string;
  status: string;
  created_at: Date;
}
