import { Op } from 'sequelize'
import { AllowNull, BelongsTo, Column, CreatedAt, DataType, ForeignKey, Model, Table } from 'sequelize-typescript'
import { LeadModel } from './lead.js'

@Table({
  tableName: 'agent_outputs',
  underscored: true,
  updatedAt: false
})
export class AgentOutputModel extends Model {

  @Column({ type: DataType.BIGINT, primaryKey: true, autoIncrement: true })
  declare id: number

  @ForeignKey(() => LeadModel)
  @Column(DataType.BIGINT)
  leadId: number

  @BelongsTo(() => LeadModel, { foreignKey: { allowNull: false }, onDelete: 'CASCADE' })
  Lead: Awaited<LeadModel>

  @AllowNull(false)
  @Column
  kind: string

  @Column(DataType.TEXT)
  body: string

  @CreatedAt
  declare createdAt: Date

  static listForLead (leadId: number) {
    const query = {
      where: { leadId },
      order: [ [ 'createdAt', 'DESC' ] ] as [string, string][]
    }

    return AgentOutputModel.findAll(query) // expect: scans-all [sq43e]
  }

  static listForLeadInPeriod (leadId: number, startDate: Date, endDate: Date) {
    const query = {
      where: {
        leadId,
        createdAt: {
          [Op.and]: {
            [Op.gte]: startDate,
            [Op.lte]: endDate
          }
        }
      },
      order: [ [ 'createdAt', 'ASC' ] ] as [string, string][]
    }

    return AgentOutputModel.findAll(query) // expect: prunes [sq43f] cross
  }

  static removeOldOutputs (beforeDate: Date) {
    const query = {
      where: {
        createdAt: {
          [Op.lt]: beforeDate
        }
      }
    }

    return AgentOutputModel.destroy(query) // expect: prunes [sq43d] cross
  }
}
