import { Table } from '../common/objection/decorators/table.decorator';
import { Entity } from './base.entity';

@Table({ name: 'campaigns' })
export class Campaign extends Entity {
  id: number;
  user_id: number;
  name: string;
  archived: boolean;
}
