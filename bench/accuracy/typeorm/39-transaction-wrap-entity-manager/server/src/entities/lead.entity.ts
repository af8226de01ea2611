import { BaseEntity, Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AgentOutput } from './agent_output.entity';

@Entity({ name: 'leads' })
export class Lead extends BaseEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column({ name: 'campaign_id', type: 'bigint', nullable: true })
  campaignId: string | null;

  @Column({ name: 'company' })
  company: string;

  @Column({ name: 'email' })
  email: string;

  @Column({ name: 'status', default: 'new' })
  status: string;

  @CreateDateColumn({ default: () => 'now()', name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => AgentOutput, (output) => output.lead)
  outputs: AgentOutput[];
}
