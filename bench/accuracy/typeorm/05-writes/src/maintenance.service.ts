import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { AgentOutput } from './entities/agent-output.entity';
import { Lead } from './entities/lead.entity';

@Injectable()
export class MaintenanceService {
  constructor(
    @InjectRepository(Lead) private readonly leads: Repository<Lead>,
    @InjectRepository(AgentOutput) private readonly outputs: Repository<AgentOutput>,
  ) {}

  async archiveStale() {
    await this.leads.update({ status: 'stale' }, { status: 'archived' }); // expect: scans-all [to05a]
  }

  async purge(cutoff: Date) {
    await this.outputs.delete({ createdAt: LessThan(cutoff) }); // expect: prunes [to05b]
  }

  async purgeOfLead(leadId: string) {
    await this.outputs.createQueryBuilder().delete().where('lead_id = :leadId', { leadId }).execute(); // expect: scans-all [to05c]
  }
}
