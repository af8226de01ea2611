import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TwentyORMGlobalManager } from '../../../engine/twenty-orm/twenty-orm-global.manager';
import type { AgentOutput } from '../../agent-output/agent-output.entity';
import { buildRecentActivityWhere } from '../utils/recent-activity-where.util';

@Injectable()
export class TimelineActivityRepository {
  constructor(private readonly twentyORMGlobalManager: TwentyORMGlobalManager) {}

  async upsertOne(workspaceId: string, leadId: string, kind: string) {
    const outputRepository = await this.twentyORMGlobalManager.getRepositoryForWorkspace<AgentOutput>(workspaceId, 'AgentOutput');
    const recentActivity = await outputRepository.findOne({ where: buildRecentActivityWhere(leadId, kind) }); // expect: prunes [to46h] cross
    if (recentActivity) {
      await outputRepository.update(recentActivity.id, { kind }); // expect: scans-all [to46i]
      return;
    }
    await outputRepository.insert({ leadId, kind, createdAt: new Date() });
  }

  async findTimeline(workspaceId: string, leadIds: string[], page: number, pageSize: number) {
    const outputRepository = await this.twentyORMGlobalManager.getRepositoryForWorkspace<AgentOutput>(workspaceId, 'AgentOutput');
    return outputRepository.find({
      where: { leadId: In(leadIds) },
      order: { createdAt: 'DESC' },
      take: pageSize,
      skip: (page - 1) * pageSize,
    }); // expect: scans-all [to46e]
  }
}
