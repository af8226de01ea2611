import { type CreationOptional, DataTypes, type InferAttributes, type InferCreationAttributes, Model, type Sequelize } from 'sequelize'

class LeadModel extends Model<InferAttributes<LeadModel>, InferCreationAttributes<LeadModel>> {
  declare id: CreationOptional<number>
  declare userId: number
  declare campaignId: number | null
  declare company: string
  declare email: string
  declare status: string
  declare createdAt: CreationOptional<Date>
}

const LeadModelInit = (sequelize: Sequelize) => {
  LeadModel.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.BIGINT, field: 'user_id' },
      campaignId: { type: DataTypes.BIGINT, field: 'campaign_id' },
      company: DataTypes.STRING,
      email: DataTypes.STRING,
      status: { type: DataTypes.STRING, defaultValue: 'new' },
      createdAt: { type: DataTypes.DATE, field: 'created_at' }
    },
    { tableName: 'leads', sequelize, underscored: true, updatedAt: false }
  )
}

export { LeadModel, LeadModelInit }
