import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MiLead } from './Lead';

@Entity('agent_outputs')
export class MiAgentOutput {
  @PrimaryColumn('bigint')
  public id: string;

  @Column('bigint', { name: 'lead_id' })
  public leadId: string;

  @Column('text')
  public kind: string;

  @Column('text', { nullable: true })
  public body: string | null;

  @Column('timestamp with time zone', { name: 'created_at' })
  public createdAt: Date;

  @ManyToOne(() => MiLead, (lead) => lead.outputs)
  @JoinColumn({ name: 'lead_id' })
  public lead: MiLead;
}
