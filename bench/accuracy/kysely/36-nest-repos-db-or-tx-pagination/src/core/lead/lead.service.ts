import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { AgentOutputRepo } from '../../database/repos/lead/agent-output.repo';
import { LeadRepo } from '../../database/repos/lead/lead.repo';
import { executeWithPagination } from '../../database/pagination/pagination';
import type { KyselyDB } from '../../database/types/kysely.types';

@Injectable()
export class LeadService {
  constructor(
    private leadRepo: LeadRepo,
    private agentOutputRepo: AgentOutputRepo,
    @InjectKysely() private readonly db: KyselyDB,
  ) {}

  async getLead(leadId: number) {
    return this.leadRepo.findById(leadId);
  }

  async search(userId: number, q: string, page = 1) {
    return executeWithPagination(this.leadRepo.searchQuery(userId, q), { page, perPage: 20 }); // expect: scans-all [ky36g] cross
  }

  async archive(leadId: number, createdAt: Date) {
    await this.db.transaction().execute(async (trx) => {
      const last = await this.agentOutputRepo.lastOutputQuery(leadId, trx).executeTakeFirst(); // expect: scans-all [ky36d] cross
      await this.agentOutputRepo.deleteOutputsOfLead(leadId, createdAt, trx);
      await this.leadRepo.updateLead(leadId, createdAt, last ? 'archived' : 'closed', trx);
    });
  }
}
