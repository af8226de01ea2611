import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'campaigns' })
export class Campaign {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ type: 'bigint', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  archived: boolean;
}
