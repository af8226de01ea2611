import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('campaigns')
export class MiCampaign {
  @PrimaryColumn('bigint')
  public id: string;

  @PrimaryColumn('bigint', { name: 'user_id' })
  public userId: string;

  @Column('text')
  public name: string;

  @Column('boolean', { default: false })
  public archived: boolean;
}
