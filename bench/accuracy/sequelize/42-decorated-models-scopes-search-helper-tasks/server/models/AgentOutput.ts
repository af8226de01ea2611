import { BelongsTo, Column, CreatedAt, DataType, ForeignKey, Table } from "sequelize-typescript";
import Lead from "./Lead";
import IdModel from "./base/IdModel";

@Table({ tableName: "agent_outputs", modelName: "agent_output", updatedAt: false, underscored: true })
class AgentOutput extends IdModel {
  @Column
  kind: string;

  @Column(DataType.TEXT)
  body: string | null;

  @CreatedAt
  createdAt: Date;

  @BelongsTo(() => Lead, "leadId")
  lead: Lead;

  @ForeignKey(() => Lead)
  @Column(DataType.BIGINT)
  leadId: string;
}

export default AgentOutput;
