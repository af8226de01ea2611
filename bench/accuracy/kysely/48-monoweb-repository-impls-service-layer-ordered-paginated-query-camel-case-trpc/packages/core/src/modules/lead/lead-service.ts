import type { Cursor, Pageable, Period } from "../../utils/db-utils"
import type { AgentOutputRepository } from "../agent-output/agent-output-repository"
import type { Lead, LeadRepository, LeadUpdate } from "./lead-repository"

const DAY = 24 * 60 * 60 * 1000

export interface LeadService {
  getLead(id: string): Promise<Lead>
  getLeadWithLatestOutput(id: string, createdAt: Date): Promise<{ lead: Lead; latest: unknown }>
  getLeads(take: number, cursor?: Cursor): Promise<Lead[]>
  getLeadsForUser(userId: string, take: number, cursor?: Cursor): Promise<Lead[]>
  getRecentLeadsForUser(userId: string, pageable: Pageable): ReturnType<LeadRepository["getAllByUserIdSince"]>
  getStatusBreakdown(userId: string, period: Period): ReturnType<LeadRepository["countByStatus"]>
  updateLead(id: string, createdAt: Date, data: LeadUpdate): Promise<Lead>
}

export class LeadServiceImpl implements LeadService {
  constructor(
    private readonly leadRepository: LeadRepository,
    private readonly agentOutputRepository: AgentOutputRepository
  ) {}

  async getLead(id: string) {
    const lead = await this.leadRepository.getById(id)
    if (!lead) throw new Error(`Lead ${id} not found`)
    return lead
  }

  async getLeadWithLatestOutput(id: string, createdAt: Date) {
    const lead = await this.leadRepository.getByKey(id, createdAt)
    if (!lead) throw new Error(`Lead ${id} not found`)
    const latest = await this.agentOutputRepository.getLatestForLead(lead)
    return { lead, latest }
  }

  async getLeads(take: number, cursor?: Cursor) {
    return this.leadRepository.getAll(take, cursor)
  }

  async getLeadsForUser(userId: string, take: number, cursor?: Cursor) {
    return this.leadRepository.getAllByUserId(userId, take, cursor)
  }

  // The dashboard lists the last thirty days; older leads are in the archive view.
  async getRecentLeadsForUser(userId: string, pageable: Pageable) {
    return this.leadRepository.getAllByUserIdSince(userId, new Date(Date.now() - 30 * DAY), pageable)
  }

  async getStatusBreakdown(userId: string, period: Period) {
    return this.leadRepository.countByStatus(userId, period)
  }

  async updateLead(id: string, createdAt: Date, data: LeadUpdate) {
    return this.leadRepository.update(id, createdAt, data)
  }
}
