import { Model } from 'objection';
import { Table } from '../common/objection/decorators/table.decorator';
import { Campaign } from './campaign.entity';
import { Entity } from './base.entity';
import { Lead } from './lead.entity';

@Table({
  name: 'users',
  disableByUser: true,
  relationMappings: {
    leads: { relation: Model.HasManyRelation, modelClass: Lead, join: { from: 'users.id', to: 'leads.user_id' } },
    campaigns: { relation: Model.HasManyRelation, modelClass: Campaign, join: { from: 'users.id', to: 'campaigns.user_id' } },
  },
})
export class User extends Entity {
  id: number;
  email: string;
  created_at: Date;
}
