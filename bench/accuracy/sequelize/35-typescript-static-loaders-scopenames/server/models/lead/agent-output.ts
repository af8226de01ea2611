import { Op, type Transaction } from 'sequelize';
import { AllowNull, BelongsTo, Column, CreatedAt, DataType, ForeignKey, Model, Table } from 'sequelize-typescript';
import { LeadModel } from './lead';

@Table({ tableName: 'agent_outputs', underscored: true, updatedAt: false })
export class AgentOutputModel extends Model {
  @ForeignKey(() => LeadModel)
  @Column(DataType.BIGINT)
  declare leadId: number;

  @AllowNull(false)
  @Column(DataType.TEXT)
  declare kind: string;

  @Column(DataType.TEXT)
  declare body: string | null;

  @CreatedAt
  declare createdAt: Date;

  @BelongsTo(() => LeadModel, { foreignKey: 'leadId', onDelete: 'CASCADE' })
  declare Lead: LeadModel;

  static listByLead(leadId: number, transaction?: Transaction) {
    return AgentOutputModel.findAll({ where: { leadId }, order: [['createdAt', 'DESC']], transaction }); // expect-also: [sq35e]
  }

  static removeOldOutputs(beforeDate: string) {
    const query = {
      where: {
        createdAt: { [Op.lt]: beforeDate },
      },
    };

    return AgentOutputModel.destroy(query);
  }
}
