import { DataTypes, Model, type Sequelize } from 'sequelize';

class AgentOutput extends Model {
  declare id: number;
  declare leadId: number;
  declare kind: string;
  declare createdAt: Date;

  static initModel(sequelize: Sequelize) {
    AgentOutput.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
        kind: DataTypes.TEXT,
        body: DataTypes.TEXT,
        createdAt: { type: DataTypes.DATE, field: 'created_at' },
      },
      { sequelize, tableName: 'agent_outputs', updatedAt: false, modelName: 'AgentOutput' },
    );
  }
}

export default AgentOutput;
