import { CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ID = string | number;

/**
 * @description
 * This is the base class from which all entities inherit.
 */
export abstract class VendureEntity {
    protected constructor(input?: Partial<VendureEntity>) {
        if (input) {
            for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(input))) {
                Object.defineProperty(this, key, descriptor);
            }
        }
    }

    @PrimaryGeneratedColumn({ type: 'bigint' })
    id: ID;

    @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
    createdAt: Date;
}
