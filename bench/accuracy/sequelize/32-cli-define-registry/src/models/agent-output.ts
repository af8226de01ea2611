import type { Sequelize } from 'sequelize';
import { DataTypes } from 'sequelize';

export default (sequelize: Sequelize) =>
  sequelize.define(
    'AgentOutput',
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
      kind: DataTypes.TEXT,
      body: DataTypes.TEXT,
      createdAt: { type: DataTypes.DATE, field: 'created_at' },
    },
    { tableName: 'agent_outputs', updatedAt: false },
  );
