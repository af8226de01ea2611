import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { subDays } from 'date-fns';
import { KyselyDB } from '../../database/types/kysely.types';
import { LeadRepo } from '../../database/repos/lead/lead.repo';
import { AgentOutputRepo } from '../../database/repos/agent-output/agent-output.repo';
import { PaginationOptions } from '../../database/pagination/pagination-options';

export type StatsRange = { from?: Date; to?: Date };

@Injectable()
export class LeadService {
  constructor(
    private readonly leadRepo: LeadRepo,
    private readonly agentOutputRepo: AgentOutputRepo,
    @InjectKysely() private readonly db: KyselyDB,
  ) {}

  async getLead(leadId: string) {
    const lead = await this.leadRepo.findById(leadId);
    if (!lead) {
      throw new NotFoundException('Lead not found');
    }
    return lead;
  }

  async getLeadDetail(leadId: string) {
    const lead = await this.getLead(leadId);
    return this.leadRepo.findWithOutputs(lead.id, lead.createdAt);
  }

  async update(leadId: string, dto: { company?: string; status?: string }) {
    const lead = await this.getLead(leadId);
    await this.leadRepo.updateLead(dto, lead.id, lead.createdAt);
    return this.agentOutputRepo.findByLead(lead.id);
  }

  async list(userId: string, pagination: PaginationOptions) {
    return this.leadRepo.getUserLeads(userId, pagination);
  }

  async listOfCampaign(campaignId: string, pagination: PaginationOptions) {
    return this.leadRepo.getCampaignLeads(campaignId, pagination);
  }

  async recent(userId: string) {
    return this.leadRepo.getRecentLeads(userId, subDays(new Date(), 7));
  }

  async getStats(userId: string, range: StatsRange) {
    return this.db
      .selectFrom('leads')
      .select(['status'])
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('userId', '=', userId)
      .$if(!!range.from, (qb) => qb.where('createdAt', '>=', range.from!))
      .$if(!!range.to, (qb) => qb.where('createdAt', '<', range.to!))
      .groupBy('status')
      .execute(); // expect: prunes [ky43f] cross
  }

  async remove(leadId: string) {
    await this.leadRepo.deleteLead(leadId);
  }
}
