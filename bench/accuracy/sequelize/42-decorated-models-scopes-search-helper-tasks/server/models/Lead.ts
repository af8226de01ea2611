import type { FindOptions } from "sequelize";
import { BelongsTo, Column, CreatedAt, DataType, ForeignKey, HasMany, Scopes, Table } from "sequelize-typescript";
import AgentOutput from "./AgentOutput";
import Campaign from "./Campaign";
import IdModel from "./base/IdModel";

@Scopes(() => ({
  withCampaign: {
    include: [
      {
        model: Campaign,
        as: "campaign",
        required: false,
      },
    ],
  },
}))
@Table({ tableName: "leads", modelName: "lead", updatedAt: false, underscored: true })
class Lead extends IdModel {
  @Column(DataType.BIGINT)
  userId: string;

  @Column
  company: string;

  @Column
  email: string;

  @Column
  status: string;

  @CreatedAt
  createdAt: Date;

  @BelongsTo(() => Campaign, "campaignId")
  campaign: Campaign | null;

  @ForeignKey(() => Campaign)
  @Column(DataType.BIGINT)
  campaignId: string | null;

  @HasMany(() => AgentOutput, "leadId")
  outputs: AgentOutput[];

  /**
   * Overrides the standard findByPk so that only the leads of the given user are found.
   */
  static async findByPk(id: string, options: FindOptions<Lead> & { userId?: string } = {}): Promise<Lead | null> {
    const { userId, ...rest } = options;
    return this.findOne({
      where: { id, ...(userId ? { userId } : {}) },
      ...rest,
    }); // expect: scans-all [sq42b]
  }
}

export default Lead;
