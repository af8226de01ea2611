import { DataTypes, Model } from 'sequelize';
import { sequelize } from './index';
import { Lead } from './lead';

export class AgentOutput extends Model {
  declare id: number;
  declare leadId: number;
  declare kind: string;
  declare createdAt: Date;
}

AgentOutput.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    kind: DataTypes.TEXT,
    body: DataTypes.TEXT,
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'agent_outputs', updatedAt: false },
);

Lead.hasMany(AgentOutput, { foreignKey: 'leadId', as: 'outputs' });
AgentOutput.belongsTo(Lead, { foreignKey: 'leadId', as: 'lead' });
