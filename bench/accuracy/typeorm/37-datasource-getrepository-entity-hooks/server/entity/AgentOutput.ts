import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Lead } from './Lead';

@Entity({ name: 'agent_outputs' })
export class AgentOutput {
  @PrimaryColumn({ type: 'bigint' })
  public id!: string;

  @Column({ name: 'lead_id', type: 'bigint' })
  public leadId!: string;

  @Column({ type: 'text' })
  public kind!: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  public createdAt!: Date;

  @ManyToOne(() => Lead, (lead) => lead.outputs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  public lead!: Lead;
}
