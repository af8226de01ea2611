import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from '@n8n/typeorm';
import { Lead } from './lead';

@Entity({ name: 'agent_outputs' })
export class AgentOutput {
	@PrimaryGeneratedColumn({ type: 'bigint' })
	id: string;

	@Column({ name: 'lead_id', type: 'bigint' })
	leadId: string;

	@ManyToOne(() => Lead, (lead) => lead.outputs)
	@JoinColumn({ name: 'lead_id' })
	lead: Lead;

	@Column()
	kind: string;

	@Column({ type: 'text', nullable: true })
	body: string | null;

	@CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
	createdAt: Date;
}
