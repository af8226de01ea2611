const { DataTypes } = require('sequelize')

module.exports = {
  name: 'Campaign',
  schema: {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, allowNull: false },
    name: { type: DataTypes.TEXT, allowNull: false },
    archived: { type: DataTypes.BOOLEAN, defaultValue: false }
  },
  options: { tableName: 'campaigns', underscored: true, timestamps: false },
  associations: function (M) {
    this.hasMany(M.Lead)
  },
  finders: function (M) {
    return {
      static: {
        byId: async function (id) {
          return this.findOne({ where: { id } }) // expect: scans-all [sq44h]
        },
        byUser: async function (userId) {
          return this.findAll({
            where: { userId, archived: false },
            order: [['name', 'ASC']]
          }) // expect: prunes [sq44i]
        }
      }
    }
  }
}
