import { DataTypes } from 'sequelize';

export default {
  tableName: 'agent_outputs',
  attributes: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    kind: { type: DataTypes.TEXT },
    body: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE(6), field: 'created_at' },
  },
  options: { updatedAt: false as const },
};
