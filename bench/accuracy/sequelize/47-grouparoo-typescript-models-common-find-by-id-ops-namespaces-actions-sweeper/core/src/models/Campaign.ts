import { Column, DataType, Default, HasMany, PrimaryKey, Scopes, Table } from 'sequelize-typescript';
import { CommonModel } from './CommonModel';
import { Lead } from './Lead';

@Scopes(() => ({
  notArchived: { where: { archived: false } },
}))
@Table({ tableName: 'campaigns', timestamps: false })
export class Campaign extends CommonModel<Campaign> {
  idPrefix() {
    return 'cmp';
  }

  @PrimaryKey
  @Column(DataType.BIGINT)
  id: string;

  @PrimaryKey
  @Column({ type: DataType.BIGINT, field: 'user_id' })
  userId: string;

  @Column(DataType.TEXT)
  name: string;

  @Default(false)
  @Column(DataType.BOOLEAN)
  archived: boolean;

  @HasMany(() => Lead)
  leads: Lead[];
}
