import { Column, Entity, MoreThanOrEqual } from 'typeorm';
import { BaseClass } from './BaseClass';

@Entity('leads')
export class Lead extends BaseClass {
  @Column({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column({ name: 'campaign_id', type: 'bigint', nullable: true })
  campaignId?: string;

  @Column()
  company: string;

  @Column()
  email: string;

  @Column({ default: 'new' })
  status: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  static async getRecentForUser(userId: string, days: number): Promise<Lead[]> {
    const since = new Date(Date.now() - days * 86_400_000);
    return await Lead.find({ where: { userId, createdAt: MoreThanOrEqual(since) }, order: { createdAt: 'DESC' } });
  }
}
