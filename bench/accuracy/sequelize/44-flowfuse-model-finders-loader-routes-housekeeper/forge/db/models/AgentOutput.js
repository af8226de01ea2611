const { DataTypes } = require('sequelize')

module.exports = {
  name: 'AgentOutput',
  schema: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    kind: { type: DataTypes.TEXT, allowNull: false },
    body: { type: DataTypes.TEXT }
  },
  options: { tableName: 'agent_outputs', underscored: true, updatedAt: false },
  associations: function (M) {
    this.belongsTo(M.Lead)
  },
  finders: function (M) {
    return {
      static: {
        forLead: async function (leadId, where = {}) {
          return this.findAll({
            where: { ...where, LeadId: leadId },
            order: [['createdAt', 'DESC']]
          }) // expect: prunes [sq44f] cross
        }
      }
    }
  }
}
