import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ID } from '../base/base.entity';

@Entity({ name: 'campaigns' })
export class Campaign {
    constructor(input?: Partial<Campaign>) {
        Object.assign(this, input);
    }

    @PrimaryGeneratedColumn({ type: 'bigint' })
    id: ID;

    @Column({ name: 'user_id', type: 'bigint' })
    userId: ID;

    @Column() name: string;

    @Column({ default: false }) archived: boolean;
}
