import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { AgentOutput } from '../agent-output/agent-output.entity';

@Entity('leads')
export class Lead {
	@PrimaryColumn({ type: 'bigint' })
	id: string;

	@Column({ name: 'user_id', type: 'bigint' })
	userId: string;

	@Column({ type: 'text' })
	company: string;

	@Column({ type: 'text' })
	status: string;

	@Column({ name: 'created_at', type: 'timestamptz' })
	createdAt: Date;

	@OneToMany(() => AgentOutput, (output) => output.lead)
	outputs?: AgentOutput[];
}
