import { Model } from 'objection';

export class Campaign extends Model {
  static tableName = 'campaigns';

  id!: number;
  user_id!: number;
  name!: string;
  archived!: boolean;
}
