import { DataTypes, type InferAttributes, type InferCreationAttributes, Model } from 'sequelize';
import sequelize from '../lib/sequelize';

class AgentOutput extends Model<InferAttributes<AgentOutput>, InferCreationAttributes<AgentOutput>> {
  declare public id: number;
  declare public leadId: number;
  declare public kind: string;
  declare public body: string | null;
  declare public createdAt: Date;
}

AgentOutput.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    kind: { type: DataTypes.TEXT },
    body: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'agent_outputs', updatedAt: false },
);

export default AgentOutput;
