import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Lead } from './Lead';

@Entity({ name: 'agent_outputs' })
export class AgentOutput {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'bigint', name: 'lead_id' })
  leadId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @ManyToOne('Lead', (lead: Lead) => lead.outputs, { lazy: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'lead_id' })
  lead: Promise<Lead>;
}
