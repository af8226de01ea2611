import { Inject, Injectable } from '@nestjs/common';
import { DI } from '../di-symbols';
import type { AgentOutputsRepository, LeadsRepository } from '../models/_';
import type { MiLead } from '../models/Lead';

@Injectable()
export class LeadDeleteService {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,

    @Inject(DI.agentOutputsRepository)
    private agentOutputsRepository: AgentOutputsRepository,
  ) {}

  public async delete(lead: MiLead): Promise<void> {
    await this.agentOutputsRepository.delete({ leadId: lead.id }); // expect: scans-all [to38d]
    await this.leadsRepository.delete({ id: lead.id, createdAt: lead.createdAt }); // expect: prunes [to38e]
  }
}
