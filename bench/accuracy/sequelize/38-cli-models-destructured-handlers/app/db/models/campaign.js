import { Model } from 'sequelize'

export default (sequelize, DataTypes) => {
  class Campaign extends Model {}
  Campaign.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      name: DataTypes.TEXT,
      archived: DataTypes.BOOLEAN
    },
    { sequelize, modelName: 'Campaign', tableName: 'campaigns', timestamps: false }
  )
  return Campaign
}
