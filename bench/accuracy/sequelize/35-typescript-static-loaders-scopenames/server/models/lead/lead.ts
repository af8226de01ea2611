import { type FindOptions, Op, type Transaction } from 'sequelize';
import { AllowNull, Column, CreatedAt, DataType, HasMany, Model, Scopes, Table } from 'sequelize-typescript';
import { getSort } from '../../helpers/utils';
import { AgentOutputModel } from './agent-output';

export enum ScopeNames {
  WITH_OUTPUTS = 'WITH_OUTPUTS',
  RECENT = 'RECENT',
}

@Scopes(() => ({
  [ScopeNames.WITH_OUTPUTS]: {
    include: [{ model: AgentOutputModel, required: false }],
  },
  [ScopeNames.RECENT]: {
    where: {
      createdAt: { [Op.gte]: new Date(Date.now() - 14 * 24 * 3600 * 1000) },
    },
  },
}))
@Table({ tableName: 'leads', underscored: true, updatedAt: false })
export class LeadModel extends Model {
  @AllowNull(false)
  @Column(DataType.BIGINT)
  declare userId: number;

  @Column(DataType.BIGINT)
  declare campaignId: number | null;

  @AllowNull(false)
  @Column(DataType.TEXT)
  declare company: string;

  @AllowNull(false)
  @Column(DataType.TEXT)
  declare email: string;

  @AllowNull(false)
  @Column(DataType.TEXT)
  declare status: string;

  @CreatedAt
  declare createdAt: Date;

  @HasMany(() => AgentOutputModel, { foreignKey: 'leadId', onDelete: 'cascade' })
  declare AgentOutputs: AgentOutputModel[];

  static loadByIdAndUser(id: number, userId: number, transaction?: Transaction) {
    const query = {
      where: { id, userId },
      transaction,
    };

    return LeadModel.findOne(query); // expect-also: [sq35a]
  }

  static listForApi(parameters: { start: number; count: number; sort: string; userId: number; search?: string }) {
    const query: FindOptions = {
      offset: parameters.start,
      limit: parameters.count,
      order: getSort(parameters.sort),
      where: { userId: parameters.userId },
    };

    if (parameters.search) {
      Object.assign(query.where!, { company: { [Op.iLike]: `%${parameters.search}%` } });
    }

    return LeadModel.scope([ScopeNames.WITH_OUTPUTS])
      .findAndCountAll(query)
      .then(({ rows, count }) => ({ total: count, data: rows })); // expect-also: [sq35b]
  }

  static listRecentForUser(userId: number) {
    return LeadModel.scope(ScopeNames.RECENT).findAll({ where: { userId }, order: getSort('-createdAt') });
  }
}
