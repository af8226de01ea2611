const Sequelize = require('sequelize')
const Database = require('../../Database')

module.exports = {
  /**
   * Conditions that limit the leads a user may see
   *
   * @param {import('../../models/User')} user
   * @returns {{ leadWhere: Sequelize.WhereOptions[], replacements: object }}
   */
  getUserPermissionLeadWhere(user) {
    const leadWhere = []
    const replacements = {}
    if (!user.isAdminOrUp) {
      leadWhere.push({ userId: user.id })
    }
    if (user.permissions?.hideArchived) {
      leadWhere.push({ status: { [Sequelize.Op.ne]: 'archived' } })
    }
    return { leadWhere, replacements }
  },

  /**
   * @param {import('../../models/User')} user
   * @param {number} limit
   */
  async getRecentLeads(user, limit) {
    const userPermissionLeadWhere = this.getUserPermissionLeadWhere(user)
    const since = new Date(Date.now() - 14 * 24 * 60 * 60 * 1000)

    const leads = await Database.leadModel.findAll({
      where: {
        [Sequelize.Op.and]: [
          ...userPermissionLeadWhere.leadWhere,
          {
            createdAt: {
              [Sequelize.Op.gte]: since
            }
          }
        ]
      },
      replacements: userPermissionLeadWhere.replacements,
      order: [['createdAt', 'DESC']],
      limit
    }) // expect: prunes [sq41c] cross
    return leads
  },

  /**
   * @param {import('../../models/User')} user
   * @param {string} status
   */
  async getLeadsWithStatus(user, status) {
    const userPermissionLeadWhere = this.getUserPermissionLeadWhere(user)

    const leads = await Database.leadModel.findAll({
      where: {
        [Sequelize.Op.and]: [
          ...userPermissionLeadWhere.leadWhere,
          {
            status
          }
        ]
      },
      replacements: userPermissionLeadWhere.replacements
    }) // expect: scans-all [sq41d] cross
    return leads
  }
}
