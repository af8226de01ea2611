const { DataTypes, Model } = require('sequelize')

class Lead extends Model {
  constructor(values, options) {
    super(values, options)

    /** @type {number} */
    this.id
    /** @type {number} */
    this.userId
    /** @type {number} */
    this.campaignId
    /** @type {string} */
    this.company
    /** @type {string} */
    this.email
    /** @type {string} */
    this.status
    /** @type {Date} */
    this.createdAt
  }

  /**
   * @param {number} leadId
   */
  static removeById(leadId) {
    return this.destroy({
      where: {
        id: leadId
      }
    })
  }

  /**
   * Lead with its outputs, for the detail page
   *
   * @param {number} leadId
   */
  static async getExpandedById(leadId) {
    const lead = await this.findByPk(leadId, {
      include: [
        {
          model: this.sequelize.models.agentOutput
        }
      ]
    }) // expect: scans-all [sq41f]
    return lead
  }

  /**
   * @param {import('../Database').sequelize} sequelize
   */
  static init(sequelize) {
    super.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        userId: { type: DataTypes.BIGINT, field: 'user_id' },
        campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
        company: DataTypes.STRING,
        email: DataTypes.STRING,
        status: DataTypes.STRING,
        createdAt: { type: DataTypes.DATE, field: 'created_at' }
      },
      { sequelize, modelName: 'lead', tableName: 'leads', updatedAt: false }
    )

    const { campaign } = sequelize.models
    campaign.hasMany(Lead, { foreignKey: 'campaignId' })
    Lead.belongsTo(campaign, { foreignKey: 'campaignId' })
  }
}

module.exports = Lead
