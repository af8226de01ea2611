import { DataTypes, Model, Op, type HasManyGetAssociationsMixin } from 'sequelize';
import { sequelize } from './index';
import type { AgentOutput } from './agent-output';

export class Lead extends Model {
  declare id: number;
  declare userId: number;
  declare company: string;
  declare status: string;
  declare createdAt: Date;
  declare getOutputs: HasManyGetAssociationsMixin<AgentOutput>;
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
