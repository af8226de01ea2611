import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { AgentOutput } from './agent-output.entity';

@Entity({ name: 'leads' })
export class Lead {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: string;

  @Column({ name: 'campaign_id', type: 'bigint', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  status!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => AgentOutput, (o) => o.lead)
  outputs!: AgentOutput[];
}
