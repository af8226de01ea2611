import { BelongsTo, Column, DataType, ForeignKey, Model, PrimaryKey, Table } from 'sequelize-typescript';
import { Lead } from './Lead';

@Table({ tableName: 'agent_outputs', updatedAt: false })
export class AgentOutput extends Model<AgentOutput> {
  @PrimaryKey
  @Column(DataType.BIGINT)
  id: string;

  @ForeignKey(() => Lead)
  @Column({ type: DataType.BIGINT, field: 'lead_id' })
  leadId: string;

  @Column(DataType.TEXT)
  kind: string;

  @Column(DataType.TEXT)
  body: string;

  @Column({ type: DataType.DATE, field: 'created_at' })
  createdAt: Date;

  @BelongsTo(() => Lead)
  lead: Lead;
}
