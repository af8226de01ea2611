import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'campaigns' })
export class Campaign {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  archived: boolean;
}
