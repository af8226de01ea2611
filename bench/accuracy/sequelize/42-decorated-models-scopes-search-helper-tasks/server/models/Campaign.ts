import { Column, DataType, HasMany, Table } from "sequelize-typescript";
import Lead from "./Lead";
import IdModel from "./base/IdModel";

@Table({ tableName: "campaigns", modelName: "campaign", timestamps: false, underscored: true })
class Campaign extends IdModel {
  @Column(DataType.BIGINT)
  userId: string;

  @Column
  name: string;

  @Column
  archived: boolean;

  @HasMany(() => Lead, "campaignId")
  leads: Lead[];
}

export default Campaign;
