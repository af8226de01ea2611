import { FindOptions, Op, Transaction } from 'sequelize'
import {
  AllowNull,
  BelongsTo,
  Column,
  CreatedAt,
  DataType,
  ForeignKey,
  HasMany,
  Model,
  Scopes,
  Table
} from 'sequelize-typescript'
import { startOfMonth } from 'date-fns'
import { getSort } from '../shared/sort.js'
import { buildLeadWhere } from '../shared/lead-where.js'
import { CampaignModel } from './campaign.js'
import { AgentOutputModel } from './agent-output.js'

export enum ScopeNames {
  WITH_CAMPAIGN = 'WITH_CAMPAIGN'
}

@Scopes(() => ({
  [ScopeNames.WITH_CAMPAIGN]: {
    include: [
      {
        model: CampaignModel,
        required: false
      }
    ]
  }
}))
@Table({
  tableName: 'leads',
  underscored: true,
  updatedAt: false
})
export class LeadModel extends Model {

  @Column({ type: DataType.BIGINT, primaryKey: true, autoIncrement: true })
  declare id: number

  @AllowNull(false)
  @Column(DataType.BIGINT)
  userId: number

  @ForeignKey(() => CampaignModel)
  @Column(DataType.BIGINT)
  campaignId: number

  @BelongsTo(() => CampaignModel, { foreignKey: { allowNull: true }, onDelete: 'set null' })
  Campaign: Awaited<CampaignModel>

  @AllowNull(false)
  @Column
  company: string

  @AllowNull(false)
  @Column
  email: string

  @AllowNull(false)
  @Column
  status: string

  @CreatedAt
  declare createdAt: Date

  @HasMany(() => AgentOutputModel, { foreignKey: { allowNull: false }, onDelete: 'cascade' })
  AgentOutputs: Awaited<AgentOutputModel>[]

  static loadFull (id: number, transaction?: Transaction) {
    return LeadModel.scope([ ScopeNames.WITH_CAMPAIGN ]).findByPk(id, { transaction }) // expect: scans-all [sq43a] cross
  }

  static listForApi (options: {
    start: number
    count: number
    sort: string
    userId: number
    search?: string
  }) {
    const where = buildLeadWhere(options)

    const query: FindOptions = {
      offset: options.start,
      limit: options.count,
      order: getSort(options.sort),
      where
    }

    return Promise.all([
      LeadModel.count({ where }),
      LeadModel.findAll(query)
    ]).then(([ total, data ]) => ({ total, data })) // expect: scans-all [sq43b] cross
  }

  static listRecentOfUser (userId: number, since: Date) {
    const query = {
      where: {
        userId,
        createdAt: {
          [Op.gte]: since
        }
      },
      order: getSort('-createdAt')
    }

    return LeadModel.findAll(query) // expect: prunes [sq43c] cross
  }

  static async getStats (userId: number) {
    const rows = await LeadModel.count({
      where: {
        userId,
        createdAt: { [Op.gte]: startOfMonth(new Date()) }
      },
      group: [ 'status' ]
    }) // expect: prunes [sq43i]

    return rows
  }

  static updateStatusOfCampaign (campaignId: number, status: string, transaction?: Transaction) {
    const query = { where: { campaignId }, transaction }

    return LeadModel.update({ status }, query) // expect: scans-all [sq43l]
  }

  static markStale (beforeDate: Date) {
    const query = {
      where: {
        status: 'new',
        createdAt: {
          [Op.lt]: beforeDate
        }
      }
    }

    return LeadModel.update({ status: 'stale' }, query) // expect: prunes [sq43m] cross
  }
}
