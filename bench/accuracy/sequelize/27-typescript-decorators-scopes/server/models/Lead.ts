import { Op, type FindOptions, type WhereOptions } from 'sequelize';
import { Column, CreatedAt, DataType, HasMany, Model, Scopes, Table } from 'sequelize-typescript';
import AgentOutput from './AgentOutput';

@Scopes(() => ({
  withOutputsSince: (since: Date) => ({
    include: [{ model: AgentOutput, as: 'outputs', required: false, where: { createdAt: { [Op.gte]: since } } }],
  }),
  inMonth: (month: Date) => ({
    where: {
      createdAt: {
        [Op.gte]: new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1)),
        [Op.lt]: new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)),
      },
    },
  }),
}))
@Table({ tableName: 'leads', modelName: 'lead', underscored: true, updatedAt: false })
class Lead extends Model {
  @Column({ type: DataType.BIGINT, primaryKey: true, autoIncrement: true })
  id!: number;

  @Column(DataType.BIGINT)
  userId!: number;

  @Column(DataType.TEXT)
  company!: string;

  @Column(DataType.TEXT)
  status!: string;

  @CreatedAt
  createdAt!: Date;

  @HasMany(() => AgentOutput, 'leadId')
  outputs!: AgentOutput[];

  /** Every lead query of a user goes through here (the user's own rows only). */
  static async findAllForUser(userId: number, options: FindOptions<Lead> = {}) {
    return this.findAll({ ...options, where: { ...(options.where as WhereOptions<Lead>), userId } });
  }
}

export default Lead;
