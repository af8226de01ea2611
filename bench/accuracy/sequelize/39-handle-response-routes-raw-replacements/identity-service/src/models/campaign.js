'use strict'
module.exports = (sequelize, DataTypes) => {
  const Campaign = sequelize.define('Campaign', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: { type: DataTypes.BIGINT, allowNull: false, field: 'user_id' },
    name: { type: DataTypes.TEXT, allowNull: false },
    archived: { type: DataTypes.BOOLEAN, defaultValue: false }
  }, { tableName: 'campaigns', timestamps: false })

  return Campaign
}
