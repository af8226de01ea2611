import { Column, Entity, PrimaryGeneratedColumn } from '@n8n/typeorm';

@Entity({ name: 'campaigns' })
export class Campaign {
	@PrimaryGeneratedColumn({ type: 'bigint' })
	id: string;

	@Column({ name: 'user_id', type: 'bigint' })
	userId: string;

	@Column()
	name: string;

	@Column({ default: false })
	archived: boolean;
}
