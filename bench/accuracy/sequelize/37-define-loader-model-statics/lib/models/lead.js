'use strict'
const Sequelize = require('sequelize')
const Op = Sequelize.Op

module.exports = function (sequelize, DataTypes) {
  const Lead = sequelize.define('Lead', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
    company: { type: DataTypes.TEXT },
    email: { type: DataTypes.TEXT },
    status: { type: DataTypes.TEXT, defaultValue: 'new' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' }
  }, {
    tableName: 'leads',
    updatedAt: false
  })

  Lead.associate = function (models) {
    Lead.hasMany(models.AgentOutput, { foreignKey: 'leadId', as: 'outputs', constraints: false })
    Lead.belongsTo(models.Campaign, { foreignKey: 'campaignId', as: 'campaign', constraints: false })
  }

  Lead.parseLeadId = function (leadId, callback) {
    Lead.findOne({
      where: { email: leadId }
    }).then(function (lead) { // expect-also: [sq37b]
      if (lead) return callback(null, lead.id)
      return callback(null, null)
    }).catch(function (err) {
      return callback(err, null)
    })
  }

  Lead.countInRange = function (userId, from, to) {
    return Lead.count({
      where: {
        userId: userId,
        createdAt: { [Op.between]: [from, to] }
      }
    })
  }

  return Lead
}
