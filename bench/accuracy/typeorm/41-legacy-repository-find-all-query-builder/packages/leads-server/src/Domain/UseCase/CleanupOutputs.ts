import { inject, injectable } from 'inversify'
import TYPES from '../../Bootstrap/Types'
import { AgentOutputRepositoryInterface } from '../Lead/AgentOutputRepositoryInterface'

@injectable()
export class CleanupOutputs {
  constructor(@inject(TYPES.AgentOutputRepository) private outputRepository: AgentOutputRepositoryInterface) {}

  async execute(dto: { retentionDays: number }): Promise<void> {
    await this.outputRepository.deleteCreatedBefore(new Date(Date.now() - dto.retentionDays * 86_400_000))
  }
}
