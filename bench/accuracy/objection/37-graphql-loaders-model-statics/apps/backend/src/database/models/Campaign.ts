import { Model } from '../util/model';

export class Campaign extends Model {
  static override tableName = 'campaigns';
  static override idColumn = ['id', 'user_id'];

  userId!: string;
  name!: string;
  archived!: boolean;
}
