import { Column, DataType, PrimaryKey } from "sequelize-typescript";
import Model from "./Model";

class IdModel<TAttributes extends object = any, TCreation extends object = any> extends Model<TAttributes, TCreation> {
  @PrimaryKey
  @Column(DataType.BIGINT)
  id: string;
}

export default IdModel;
