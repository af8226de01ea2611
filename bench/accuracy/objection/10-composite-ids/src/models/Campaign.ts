import { Model } from 'objection';

export class Campaign extends Model {
  static tableName = 'campaigns';
  static idColumn = ['id', 'user_id'];

  id!: number;
  user_id!: number;
  name!: string;
  archived!: boolean;
}
