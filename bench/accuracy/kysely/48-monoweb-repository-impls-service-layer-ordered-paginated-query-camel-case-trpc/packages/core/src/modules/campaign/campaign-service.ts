import type { Pageable } from "../../utils/db-utils"
import type { AgentOutputRepository } from "../agent-output/agent-output-repository"
import type { LeadRepository } from "../lead/lead-repository"
import type { CampaignRepository } from "./campaign-repository"

export interface CampaignService {
  getCampaign(id: string): ReturnType<CampaignRepository["getById"]>
  getCampaignsForUser(userId: string, pageable: Pageable): ReturnType<CampaignRepository["getAllByUserId"]>
  getCampaignLeads(campaignId: string, pageable: Pageable): ReturnType<LeadRepository["getAllByCampaignId"]>
  archiveCampaign(id: string, userId: string): ReturnType<CampaignRepository["archive"]>
  pruneOutputs(olderThan: Date): Promise<bigint>
}

export class CampaignServiceImpl implements CampaignService {
  constructor(
    private readonly campaignRepository: CampaignRepository,
    private readonly leadRepository: LeadRepository,
    private readonly agentOutputRepository: AgentOutputRepository
  ) {}

  async getCampaign(id: string) {
    return this.campaignRepository.getById(id)
  }

  async getCampaignsForUser(userId: string, pageable: Pageable) {
    return this.campaignRepository.getAllByUserId(userId, pageable.take, pageable.cursor)
  }

  async getCampaignLeads(campaignId: string, pageable: Pageable) {
    return this.leadRepository.getAllByCampaignId(campaignId, pageable)
  }

  // Archiving a campaign closes its leads as well.
  async archiveCampaign(id: string, userId: string) {
    const campaign = await this.campaignRepository.archive(id, userId)
    await this.leadRepository.updateStatusByCampaignId(id, "closed")
    return campaign
  }

  async pruneOutputs(olderThan: Date) {
    return this.agentOutputRepository.deleteOlderThan(olderThan)
  }
}
