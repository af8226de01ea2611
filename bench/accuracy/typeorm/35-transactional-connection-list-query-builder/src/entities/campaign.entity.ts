import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'campaigns' })
export class Campaign {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean' })
  archived!: boolean;
}
