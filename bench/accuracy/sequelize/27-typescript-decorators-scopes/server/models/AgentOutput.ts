import { BelongsTo, Column, CreatedAt, DataType, ForeignKey, Model, Table } from 'sequelize-typescript';
import Lead from './Lead';

@Table({ tableName: 'agent_outputs', modelName: 'agent_output', underscored: true, updatedAt: false })
class AgentOutput extends Model {
  @Column({ type: DataType.BIGINT, primaryKey: true, autoIncrement: true })
  id!: number;

  @ForeignKey(() => Lead)
  @Column(DataType.BIGINT)
  leadId!: number;

  @BelongsTo(() => Lead, 'leadId')
  lead!: Lead;

  @Column(DataType.TEXT)
  kind!: string;

  @CreatedAt
  createdAt!: Date;
}

export default AgentOutput;
