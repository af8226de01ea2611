import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Lead } from '../lead/lead.entity';

@Entity('agent_outputs')
export class AgentOutput {
	@PrimaryColumn({ type: 'bigint' })
	id: string;

	@Column({ name: 'lead_id', type: 'bigint' })
	leadId: string;

	@Column({ type: 'text' })
	kind: string;

	@Column({ name: 'created_at', type: 'timestamptz' })
	createdAt: Date;

	@ManyToOne(() => Lead, (lead) => lead.outputs)
	@JoinColumn({ name: 'lead_id' })
	lead?: Lead;
}
