import { type CreationOptional, DataTypes, type InferAttributes, type InferCreationAttributes, Model, type Sequelize } from 'sequelize'

class CampaignModel extends Model<InferAttributes<CampaignModel>, InferCreationAttributes<CampaignModel>> {
  declare id: CreationOptional<number>
  declare userId: number
  declare name: string
  declare archived: boolean
}

const CampaignModelInit = (sequelize: Sequelize) => {
  CampaignModel.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      name: DataTypes.STRING,
      archived: { type: DataTypes.BOOLEAN, defaultValue: false }
    },
    { tableName: 'campaigns', sequelize, timestamps: false }
  )
}

export { CampaignModel, CampaignModelInit }
