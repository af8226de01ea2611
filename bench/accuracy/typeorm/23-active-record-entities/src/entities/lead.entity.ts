import { BaseEntity, Column, CreateDateColumn, Entity, MoreThanOrEqual, OneToMany, PrimaryColumn } from 'typeorm';
import { AgentOutput } from './agent-output.entity';

@Entity({ name: 'leads' })
export class Lead extends BaseEntity {
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId!: string;

  @Column({ name: 'campaign_id', type: 'bigint', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  status!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => AgentOutput, (o) => o.lead)
  outputs!: AgentOutput[];

  static findRecentOfUser(userId: string, since: Date) {
    return this.find({ where: { userId, createdAt: MoreThanOrEqual(since) } });
  }

  static findOfUser(userId: string) {
    return this.createQueryBuilder('lead').where('lead.userId = :userId', { userId });
  }
}
