import { Model } from 'sequelize'

export default (sequelize, DataTypes) => {
  class AgentOutput extends Model {
    static associate (models) {
      AgentOutput.belongsTo(models.Lead, { foreignKey: 'leadId', as: 'lead' })
    }
  }
  AgentOutput.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
      kind: DataTypes.TEXT,
      body: DataTypes.TEXT,
      createdAt: { type: DataTypes.DATE, field: 'created_at' }
    },
    { sequelize, modelName: 'AgentOutput', tableName: 'agent_outputs', updatedAt: false }
  )
  return AgentOutput
}
