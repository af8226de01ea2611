import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import type { AgentOutput } from './AgentOutput';

@Entity({ name: 'leads' })
export class Lead {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'bigint', name: 'user_id' })
  @Index('IDX_lead_user')
  userId: string;

  @Column({ type: 'bigint', name: 'campaign_id', nullable: true })
  campaignId: string | null;

  @Column({ type: 'text' })
  company: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', default: 'new' })
  status: string;

  @OneToMany('AgentOutput', (output: AgentOutput) => output.lead, { lazy: true })
  outputs: Promise<AgentOutput[]>;
}
