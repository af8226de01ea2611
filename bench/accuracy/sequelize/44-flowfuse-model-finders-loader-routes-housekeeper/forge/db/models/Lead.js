const { DataTypes, Op } = require('sequelize')
const { buildPaginationSearchClause, daysAgo } = require('../utils')

module.exports = {
  name: 'Lead',
  schema: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, allowNull: false },
    company: { type: DataTypes.TEXT, allowNull: false },
    email: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.TEXT, defaultValue: 'new' }
  },
  options: { tableName: 'leads', underscored: true, updatedAt: false },
  associations: function (M) {
    this.belongsTo(M.Campaign)
    this.hasMany(M.AgentOutput)
  },
  finders: function (M) {
    return {
      static: {
        byId: async function (id) {
          return this.findOne({
            where: { id },
            include: [{ model: M.Campaign }]
          }) // expect: scans-all [sq44a]
        },
        getAll: async function (pagination = {}, where = {}) {
          const limit = parseInt(pagination.limit) || 1000
          const { count, rows } = await this.findAndCountAll({
            where: buildPaginationSearchClause(pagination, where, ['company', 'email']),
            order: [['id', 'ASC']],
            limit
          }) // expect: scans-all [sq44b] cross
          return { meta: { next_cursor: rows.length === limit ? rows[rows.length - 1].id : undefined }, count, leads: rows }
        },
        byUserSince: async function (userId, since = daysAgo(30)) {
          return this.findAll({
            where: { userId, createdAt: { [Op.gte]: since } },
            order: [['createdAt', 'DESC']]
          }) // expect: prunes [sq44c]
        },
        countByCampaign: async function (campaignId) {
          return this.count({ where: { CampaignId: campaignId } }) // expect: scans-all [sq44d]
        }
      },
      instance: {
        getOutputs: async function (since) {
          return M.AgentOutput.findAll({
            where: { LeadId: this.id, createdAt: { [Op.gte]: since || this.createdAt } },
            order: [['createdAt', 'DESC']]
          }) // expect: prunes [sq44e]
        }
      }
    }
  }
}
