import { Repository } from 'typeorm'

import { AgentOutputRepositoryInterface } from '../../Domain/Lead/AgentOutputRepositoryInterface'
import { TypeORMAgentOutput } from './TypeORMAgentOutput'

export class SQLAgentOutputRepository implements AgentOutputRepositoryInterface {
  constructor(protected ormRepository: Repository<TypeORMAgentOutput>) {}

  async findByLeadIdSince(leadId: string, since: Date): Promise<TypeORMAgentOutput[]> {
    return this.ormRepository
      .createQueryBuilder('output')
      .where('output.lead_id = :leadId AND output.created_at >= :since', { leadId, since: since.toISOString() })
      .orderBy('output.created_at', 'DESC')
      .getMany() // expect: prunes [to41h]
  }

  async deleteCreatedBefore(date: Date): Promise<void> {
    await this.ormRepository
      .createQueryBuilder('output')
      .delete()
      .from('agent_outputs')
      .where('created_at < :date', { date: date.toISOString() })
      .execute() // expect: prunes [to41i]
  }
}
