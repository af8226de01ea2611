import { BaseModel } from './BaseModel';

export class Lead extends BaseModel {
  static tableName = 'leads';

  id!: number;
  email!: string;
  status!: string;
  created_at!: Date;
}
