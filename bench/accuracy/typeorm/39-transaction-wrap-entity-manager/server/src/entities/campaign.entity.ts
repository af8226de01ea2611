import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'campaigns' })
export class Campaign extends BaseEntity {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column({ name: 'name' })
  name: string;

  @Column({ name: 'archived', default: false })
  archived: boolean;
}
