'use strict'
module.exports = (sequelize, DataTypes) => {
  const AgentOutput = sequelize.define('AgentOutput', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, allowNull: false, field: 'lead_id' },
    kind: { type: DataTypes.TEXT, allowNull: false },
    body: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE, field: 'created_at' }
  }, { tableName: 'agent_outputs', updatedAt: false })

  return AgentOutput
}
