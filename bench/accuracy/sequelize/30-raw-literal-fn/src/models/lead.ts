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
      recent: { where: { createdAt: { [Op.gte]: new Date(Date.now() - 30 * 86_400_000) } } },
      byCompany: (company: string) => ({ where: { company } }),
    },
  },
);
