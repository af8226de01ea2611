const Sequelize = require('sequelize')
const Database = require('../../Database')

module.exports = {
  /**
   *
   * @param {number} userId
   * @param {number} year YYYY
   */
  async getUserLeadsForYear(userId, year) {
    const leads = await Database.leadModel.findAll({
      where: {
        userId,
        createdAt: {
          [Sequelize.Op.gte]: `${year}-01-01`,
          [Sequelize.Op.lt]: `${year + 1}-01-01`
        }
      },
      include: {
        model: Database.campaignModel,
        attributes: ['id', 'name'],
        required: false
      },
      order: Database.sequelize.random()
    }) // expect: scans-all [sq41a]
    return leads
  },

  /**
   *
   * @param {number} year YYYY
   */
  async getNumOutputsForYear(year) {
    const count = await Database.agentOutputModel.count({
      where: {
        createdAt: {
          [Sequelize.Op.gte]: `${year}-01-01`,
          [Sequelize.Op.lt]: `${year + 1}-01-01`
        }
      }
    }) // expect: prunes [sq41b]
    return count
  },

  /**
   * @param {number} userId
   * @param {number} year YYYY
   */
  async getStatsForYear(userId, year) {
    const leads = await this.getUserLeadsForYear(userId, year)
    const numOutputs = await this.getNumOutputsForYear(year)

    const byCampaign = {}
    for (const lead of leads) {
      const name = lead.campaign?.name || 'none'
      byCampaign[name] = (byCampaign[name] || 0) + 1
    }

    const [statusRows] = await Database.sequelize.query(`SELECT status, COUNT(*) AS count FROM leads WHERE user_id = :userId AND created_at < :nextYear GROUP BY status;`, {
      replacements: {
        userId,
        nextYear: `${year + 1}-01-01`
      }
    }) // expect: prunes [sq41e]

    return { numLeads: leads.length, numOutputs, byCampaign, byStatus: statusRows }
  }
}
