import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AgentOutputRepository } from 'src/repositories/agent-output.repository';
import { CampaignRepository } from 'src/repositories/campaign.repository';
import { LeadRepository } from 'src/repositories/lead.repository';
import { SearchRepository } from 'src/repositories/search.repository';

export interface AuthDto {
  user: { id: string };
}

@Injectable()
export class LeadService {
  constructor(
    private leadRepository: LeadRepository,
    private agentOutputRepository: AgentOutputRepository,
    private searchRepository: SearchRepository,
    private campaignRepository: CampaignRepository,
  ) {}

  getAll(auth: AuthDto, dto: { status?: string; createdAfter?: Date }) {
    return this.leadRepository.search({ userId: auth.user.id, status: dto.status, createdAfter: dto.createdAfter });
  }

  async get(auth: AuthDto, id: string) {
    const lead = await this.leadRepository.getById(id);
    if (!lead || lead.user_id !== auth.user.id) {
      throw new Error('Lead not found');
    }
    const outputs = await this.agentOutputRepository.getByLead(id, lead.created_at);
    return { ...lead, outputs };
  }

  async update(auth: AuthDto, id: string, dto: { createdAt: Date; status: string }) {
    return this.leadRepository.update(id, dto.createdAt, { status: dto.status });
  }

  async getStatistics(auth: AuthDto, month: string) {
    const from = DateTime.fromISO(month, { zone: 'utc' }).startOf('month');
    return this.leadRepository.getStatistics(auth.user.id, { from: from.toJSDate(), to: from.plus({ months: 1 }).toJSDate() });
  }

  async search(auth: AuthDto, dto: { page?: number; size?: number; status?: string; createdAfter?: Date }) {
    const page = dto.page ?? 1;
    const size = dto.size ?? 250;
    return this.searchRepository.searchMetadata({ page, size }, { userIds: [auth.user.id], status: dto.status, createdAfter: dto.createdAfter });
  }

  async getRecent(auth: AuthDto, partnerIds: string[]) {
    const since = DateTime.now().minus({ days: 7 }).toJSDate();
    return this.searchRepository.getRecentForUsers([auth.user.id, ...partnerIds], since);
  }

  getCampaigns(auth: AuthDto) {
    return this.campaignRepository.getOwned(auth.user.id);
  }

  async handleOutputCleanup() {
    await this.agentOutputRepository.removeBefore(DateTime.now().minus({ days: 90 }).toJSDate());
  }
}
