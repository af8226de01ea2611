import { Column, Entity, PrimaryColumn } from 'typeorm'

@Entity({ name: 'agent_outputs' })
export class TypeORMAgentOutput {
  @PrimaryColumn({ type: 'bigint' })
  declare id: string

  @Column({ name: 'lead_id', type: 'bigint' })
  declare leadId: string

  @Column({ type: 'text' })
  declare kind: string

  @Column({ name: 'created_at', type: 'timestamptz' })
  declare createdAt: Date
}
