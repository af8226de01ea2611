'use strict'
const Sequelize = require('sequelize')
const Op = Sequelize.Op

module.exports = function (sequelize, DataTypes) {
  const AgentOutput = sequelize.define('AgentOutput', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    kind: { type: DataTypes.TEXT },
    body: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE, field: 'created_at' }
  }, {
    tableName: 'agent_outputs',
    updatedAt: false
  })

  AgentOutput.associate = function (models) {
    AgentOutput.belongsTo(models.Lead, { foreignKey: 'leadId', as: 'lead', constraints: false })
  }

  AgentOutput.getLeadOutputs = function (leadId, callback) {
    AgentOutput.findAll({
      where: { leadId: leadId },
      order: [['createdAt', 'DESC']],
      attributes: ['id', 'kind', 'createdAt']
    }).then(function (outputs) { // expect-also: [sq37c]
      return callback(null, outputs)
    }).catch(function (err) {
      return callback(err, null)
    })
  }

  AgentOutput.deleteExpired = function (days) {
    const cutoff = new Date(Date.now() - days * 86400000)
    return AgentOutput.destroy({ where: { createdAt: { [Op.lt]: cutoff } } })
  }

  return AgentOutput
}
