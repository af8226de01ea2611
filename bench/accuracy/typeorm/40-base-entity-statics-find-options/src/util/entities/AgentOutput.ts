import { Column, Entity, MoreThan } from 'typeorm';
import { BaseClass } from './BaseClass';

@Entity('agent_outputs')
export class AgentOutput extends BaseClass {
  @Column({ name: 'lead_id', type: 'bigint' })
  leadId: string;

  @Column()
  kind: string;

  @Column({ nullable: true })
  body?: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  static async countSince(leadId: string, since: Date): Promise<number> {
    return await AgentOutput.count({ where: { leadId, createdAt: MoreThan(since) } });
  }
}
