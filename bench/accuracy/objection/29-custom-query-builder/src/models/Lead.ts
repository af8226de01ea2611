import { Model } from 'objection';
import { LeadQueryBuilder } from './LeadQueryBuilder';

export class Lead extends Model {
  static tableName = 'leads';
  static QueryBuilder = LeadQueryBuilder;
  QueryBuilderType!: LeadQueryBuilder<this>;

  id!: number;
  user_id!: number;
  company!: string;
  status!: string;
  created_at!: Date;
}
