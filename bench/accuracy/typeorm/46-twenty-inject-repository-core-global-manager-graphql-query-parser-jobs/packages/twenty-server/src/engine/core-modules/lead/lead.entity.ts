import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AgentOutput } from '../../../modules/agent-output/agent-output.entity';

@Entity({ name: 'leads' })
export class Lead {
  @PrimaryGeneratedColumn()
  id: string;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: string;

  @Column({ type: 'text' })
  company: string;

  @Column({ type: 'text' })
  status: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => AgentOutput, (output) => output.lead)
  outputs: AgentOutput[];
}
