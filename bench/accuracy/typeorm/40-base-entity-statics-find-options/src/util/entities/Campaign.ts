import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('campaigns')
export class Campaign extends BaseEntity {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column()
  name: string;

  @Column({ default: false })
  archived: boolean;
}
