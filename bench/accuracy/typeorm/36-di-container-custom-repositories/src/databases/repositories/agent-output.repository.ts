import { Service } from '@n8n/di';
import { Brackets, DataSource, Repository } from 'typeorm';
import { AgentOutput } from '../entities/agent-output.entity';

@Service()
export class AgentOutputRepository extends Repository<AgentOutput> {
  constructor(dataSource: DataSource) {
    super(AgentOutput, dataSource.manager);
  }

  /** Marks outputs past their retention, or failed ones, as pruned. */
  async markPrunable(timestamp: Date) {
    return this.createQueryBuilder()
      .update()
      .set({ kind: 'pruned' })
      .where('kind != :pruned', { pruned: 'pruned' })
      .andWhere(
        new Brackets((qb) =>
          qb.where('created_at <= :timestamp', { timestamp }).orWhere('kind = :error', { error: 'error' }),
        ),
      )
      .execute(); // expect: scans-all [to36c]
  }
}
