import { DataTypes, Model } from 'sequelize';
import { sequelize } from './index';

export class Campaign extends Model {
  declare id: number;
  declare userId: number;
  declare name: string;
  declare archived: boolean;
}

Campaign.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    name: DataTypes.TEXT,
    archived: DataTypes.BOOLEAN,
  },
  { sequelize, tableName: 'campaigns', timestamps: false },
);
