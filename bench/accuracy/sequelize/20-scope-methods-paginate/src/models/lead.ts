import { DataTypes, Model, Op } from 'sequelize';
import { sequelize } from './index';

export class Lead extends Model {
  declare id: number;
  declare userId: number;
  declare company: string;
  declare status: string;
  declare createdAt: Date;
}

Lead.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: DataTypes.BIGINT,
    campaignId: DataTypes.BIGINT,
    company: DataTypes.TEXT,
    email: DataTypes.TEXT,
    status: DataTypes.TEXT,
  },
  {
    sequelize,
    tableName: 'leads',
    underscored: true,
    updatedAt: false,
    scopes: {
      createdBetween: (from: Date, to: Date) => ({ where: { createdAt: { [Op.gte]: from, [Op.lt]: to } } }),
      forUser: (userId: number) => ({ where: { userId } }),
    },
  },
);
