import { Column, Entity, Index, PrimaryColumn } from 'typeorm'

@Entity({ name: 'leads' })
export class TypeORMLead {
  @PrimaryColumn({ type: 'bigint' })
  declare id: string

  @PrimaryColumn({ name: 'created_at', type: 'timestamptz' })
  declare createdAt: Date

  @Column({ name: 'user_id', type: 'bigint' })
  @Index('index_leads_on_user_id')
  declare userId: string

  @Column({ type: 'text' })
  declare company: string

  @Column({ type: 'text' })
  declare status: string
}
