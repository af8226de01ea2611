import { AfterUpdate, Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { getRepository } from '../datasource';
import { AgentOutput } from './AgentOutput';

@Entity({ name: 'leads' })
export class Lead {
  public static getLead(id: string): Promise<Lead | null> {
    const leadRepository = getRepository(Lead);
    return leadRepository.findOne({ where: { id }, relations: { outputs: true } }); // expect-also: [to37b]
  }

  @PrimaryColumn({ type: 'bigint' })
  public id!: string;

  @Column({ name: 'user_id', type: 'bigint' })
  public userId!: string;

  @Column({ type: 'text' })
  public company!: string;

  @Column({ type: 'text' })
  public email!: string;

  @Column({ type: 'text' })
  public status!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  public createdAt!: Date;

  @OneToMany(() => AgentOutput, (output) => output.lead)
  public outputs!: AgentOutput[];

  @AfterUpdate()
  private async archiveOutputs(): Promise<void> {
    if (this.status === 'archived') {
      const outputRepository = getRepository(AgentOutput);
      await outputRepository.update({ leadId: this.id }, { kind: 'archived' }); // expect: scans-all [to37e]
    }
  }
}
