import { BaseModel } from './BaseModel';

export class Campaign extends BaseModel {
  static tableName = 'campaigns';

  id!: number;
  user_id!: number;
  name!: string;
  archived!: boolean;
}
