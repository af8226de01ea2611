import { Model } from 'sequelize'

export default (sequelize, DataTypes) => {
  class Lead extends Model {
    static associate (models) {
      Lead.hasMany(models.AgentOutput, { foreignKey: 'leadId', as: 'outputs' })
      Lead.belongsTo(models.Campaign, { foreignKey: 'campaignId', as: 'campaign' })
    }
  }
  Lead.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
      company: DataTypes.TEXT,
      email: DataTypes.TEXT,
      status: { type: DataTypes.TEXT, defaultValue: 'new' },
      createdAt: { type: DataTypes.DATE, field: 'created_at' }
    },
    { sequelize, modelName: 'Lead', tableName: 'leads', updatedAt: false }
  )
  return Lead
}
