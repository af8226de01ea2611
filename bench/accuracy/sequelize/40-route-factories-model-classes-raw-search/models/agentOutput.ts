import { type CreationOptional, DataTypes, type InferAttributes, type InferCreationAttributes, Model, type Sequelize } from 'sequelize'

class AgentOutputModel extends Model<InferAttributes<AgentOutputModel>, InferCreationAttributes<AgentOutputModel>> {
  declare id: CreationOptional<number>
  declare leadId: number
  declare kind: string
  declare body: string | null
  declare createdAt: CreationOptional<Date>
}

const AgentOutputModelInit = (sequelize: Sequelize) => {
  AgentOutputModel.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
      kind: DataTypes.STRING,
      body: DataTypes.TEXT,
      createdAt: { type: DataTypes.DATE, field: 'created_at' }
    },
    { tableName: 'agent_outputs', sequelize, updatedAt: false }
  )
}

export { AgentOutputModel, AgentOutputModelInit }
