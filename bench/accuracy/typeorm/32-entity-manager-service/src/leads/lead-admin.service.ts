import { Injectable } from '@nestjs/common';
import { DataSource, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';

@Injectable()
export class LeadAdminService {
  constructor(private readonly dataSource: DataSource) {}

  private get em(): EntityManager {
    return this.dataSource.manager;
  }

  listForUser(userId: string) {
    return this.em.find(Lead, { where: { userId }, order: { id: 'DESC' }, take: 50 }); // expect: scans-all [to32a]
  }

  countSince(userId: string, since: Date) {
    return this.dataSource.manager.count(Lead, { where: { userId, createdAt: MoreThanOrEqual(since) } }); // expect: prunes [to32b]
  }

  setStatus(id: string, status: string) {
    return this.dataSource.manager.update(Lead, { id }, { status }); // expect: scans-all [to32c]
  }

  output(id: string, createdAt: Date) {
    return this.em.findOne(AgentOutput, { where: { id, createdAt } }); // expect: prunes [to32d]
  }
}
