import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { subDays } from 'date-fns';
import { AgentOutputRepo } from '../../../database/repos/agent-output/agent-output.repo';

@Processor('cleanup-queue')
export class CleanupProcessor extends WorkerHost {
  constructor(private readonly agentOutputRepo: AgentOutputRepo) {
    super();
  }

  async process(job: Job<{ retentionDays?: number }>): Promise<void> {
    const days = job.data.retentionDays ?? 90;
    await this.agentOutputRepo.deleteOlderThan(subDays(new Date(), days));
  }
}
