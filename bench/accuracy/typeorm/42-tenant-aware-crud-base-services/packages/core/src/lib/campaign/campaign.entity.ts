import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('campaigns')
export class Campaign {
	@PrimaryColumn({ type: 'bigint' })
	id: string;

	@PrimaryColumn({ name: 'user_id', type: 'bigint' })
	userId: string;

	@Column({ type: 'text' })
	name: string;

	@Column({ type: 'boolean' })
	archived: boolean;
}
