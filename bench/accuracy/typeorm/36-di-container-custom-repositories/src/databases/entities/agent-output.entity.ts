import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Lead } from './lead.entity';

@Entity({ name: 'agent_outputs' })
export class AgentOutput {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'lead_id', type: 'bigint' })
  leadId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @ManyToOne(() => Lead, (l) => l.outputs)
  @JoinColumn({ name: 'lead_id' })
  lead!: Lead;
}
