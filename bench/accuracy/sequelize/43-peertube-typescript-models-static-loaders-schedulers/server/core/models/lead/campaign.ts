import { AllowNull, Column, DataType, Default, Model, Table } from 'sequelize-typescript'

@Table({
  tableName: 'campaigns',
  underscored: true,
  timestamps: false
})
export class CampaignModel extends Model {

  @Column({ type: DataType.BIGINT, primaryKey: true, autoIncrement: true })
  declare id: number

  @AllowNull(false)
  @Column(DataType.BIGINT)
  userId: number

  @AllowNull(false)
  @Column
  name: string

  @AllowNull(false)
  @Default(false)
  @Column
  archived: boolean

  static loadById (id: number) {
    return CampaignModel.findByPk(id) // expect: scans-all [sq43k]
  }

  static listForUser (userId: number) {
    const query = {
      where: { userId, archived: false },
      order: [ [ 'name', 'ASC' ] ] as [string, string][]
    }

    return CampaignModel.findAll(query) // expect: prunes [sq43j]
  }
}
