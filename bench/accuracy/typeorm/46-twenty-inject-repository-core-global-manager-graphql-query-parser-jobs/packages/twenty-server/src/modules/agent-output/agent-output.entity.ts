import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Lead } from '../../engine/core-modules/lead/lead.entity';

@Entity({ name: 'agent_outputs' })
export class AgentOutput {
  @PrimaryGeneratedColumn()
  id: string;

  @Column({ name: 'lead_id', type: 'bigint' })
  leadId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Lead, (lead) => lead.outputs)
  @JoinColumn({ name: 'lead_id' })
  lead: Lead;
}
