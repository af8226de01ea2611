'use strict'
module.exports = (sequelize, DataTypes) => {
  const Lead = sequelize.define('Lead', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, allowNull: false, field: 'user_id' },
    campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
    company: { type: DataTypes.TEXT, allowNull: false },
    email: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.TEXT, defaultValue: 'new' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' }
  }, { tableName: 'leads', updatedAt: false })

  Lead.associate = function (models) {
    Lead.hasMany(models.AgentOutput, { foreignKey: 'leadId', as: 'outputs' })
  }

  return Lead
}
