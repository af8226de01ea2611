'use strict'

module.exports = function (sequelize, DataTypes) {
  const Campaign = sequelize.define('Campaign', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    name: { type: DataTypes.TEXT },
    archived: { type: DataTypes.BOOLEAN }
  }, {
    tableName: 'campaigns',
    timestamps: false
  })

  return Campaign
}
