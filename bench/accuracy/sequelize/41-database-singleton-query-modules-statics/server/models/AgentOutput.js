const { DataTypes, Model, Op } = require('sequelize')

class AgentOutput extends Model {
  constructor(values, options) {
    super(values, options)

    /** @type {number} */
    this.id
    /** @type {number} */
    this.leadId
    /** @type {string} */
    this.kind
    /** @type {Date} */
    this.createdAt
  }

  /**
   * @param {Date} date
   * @returns {Promise<number>} number of outputs removed
   */
  static removeOlderThan(date) {
    return this.destroy({
      where: {
        createdAt: {
          [Op.lt]: date
        }
      }
    })
  }

  /**
   * @param {import('../Database').sequelize} sequelize
   */
  static init(sequelize) {
    super.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
        kind: DataTypes.STRING,
        body: DataTypes.TEXT,
        createdAt: { type: DataTypes.DATE, field: 'created_at' }
      },
      { sequelize, modelName: 'agentOutput', tableName: 'agent_outputs', updatedAt: false }
    )

    const { lead } = sequelize.models
    lead.hasMany(AgentOutput, { foreignKey: 'leadId' })
    AgentOutput.belongsTo(lead, { foreignKey: 'leadId' })
  }
}

module.exports = AgentOutput
