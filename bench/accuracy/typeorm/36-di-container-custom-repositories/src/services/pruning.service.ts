import { Service } from '@n8n/di';
import { AgentOutputRepository } from '../databases/repositories/agent-output.repository';

@Service()
export class PruningService {
  private readonly maxAgeDays = Number(process.env.OUTPUTS_DATA_MAX_AGE ?? 336);

  constructor(private readonly agentOutputRepository: AgentOutputRepository) {}

  async softDeleteOnPruningCycle() {
    const timestamp = new Date(Date.now() - this.maxAgeDays * 24 * 3600 * 1000);
    const result = await this.agentOutputRepository.markPrunable(timestamp);
    return result.affected ?? 0;
  }
}
