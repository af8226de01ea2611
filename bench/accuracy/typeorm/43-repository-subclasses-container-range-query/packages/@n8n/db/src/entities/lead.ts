import { Column, CreateDateColumn, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from '@n8n/typeorm';
import { AgentOutput } from './agent-output';
import { Campaign } from './campaign';

@Entity({ name: 'leads' })
export class Lead {
	@PrimaryGeneratedColumn({ type: 'bigint' })
	id: string;

	@Column({ name: 'user_id', type: 'bigint' })
	userId: string;

	@Column({ name: 'campaign_id', type: 'bigint', nullable: true })
	campaignId: string | null;

	@ManyToOne(() => Campaign)
	campaign?: Campaign;

	@Column()
	company: string;

	@Column()
	email: string;

	@Column({ default: 'new' })
	status: string;

	@CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
	createdAt: Date;

	@OneToMany(() => AgentOutput, (output) => output.lead)
	outputs: AgentOutput[];
}
