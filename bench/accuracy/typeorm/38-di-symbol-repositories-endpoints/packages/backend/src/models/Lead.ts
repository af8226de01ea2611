import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { MiAgentOutput } from './AgentOutput';

@Entity('leads')
export class MiLead {
  @PrimaryColumn('bigint')
  public id: string;

  @Index()
  @Column('bigint', { name: 'user_id' })
  public userId: string;

  @Column('bigint', { name: 'campaign_id', nullable: true })
  public campaignId: string | null;

  @Column('text')
  public company: string;

  @Column('text')
  public email: string;

  @Column('text', { default: 'new' })
  public status: string;

  @Column('timestamp with time zone', { name: 'created_at' })
  public createdAt: Date;

  @OneToMany(() => MiAgentOutput, (output) => output.lead)
  public outputs: MiAgentOutput[];
}
