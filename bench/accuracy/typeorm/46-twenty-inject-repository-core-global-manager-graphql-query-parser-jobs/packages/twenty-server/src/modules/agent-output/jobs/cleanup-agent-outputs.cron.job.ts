import { subDays } from 'date-fns';
import { LessThan } from 'typeorm';
import { TwentyORMGlobalManager } from '../../../engine/twenty-orm/twenty-orm-global.manager';
import type { AgentOutput } from '../agent-output.entity';

const RETENTION_DAYS = 90;

export class CleanupAgentOutputsCronJob {
  constructor(private readonly twentyORMGlobalManager: TwentyORMGlobalManager) {}

  async handle(data: { workspaceId: string }): Promise<void> {
    const outputRepository = await this.twentyORMGlobalManager.getRepositoryForWorkspace<AgentOutput>(data.workspaceId, 'AgentOutput');
    await outputRepository.delete({ createdAt: LessThan(subDays(new Date(), RETENTION_DAYS)) }); // expect: prunes [to46j]
  }
}
