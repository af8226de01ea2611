import { Column, Entity, PrimaryColumn } from 'typeorm'

@Entity({ name: 'campaigns' })
export class TypeORMCampaign {
  @PrimaryColumn({ type: 'bigint' })
  declare id: string

  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  declare userId: string

  @Column({ type: 'text' })
  declare name: string

  @Column({ type: 'boolean' })
  declare archived: boolean
}
