import { Service } from '@n8n/di';
import { LeadRepository } from '../databases/repositories/lead.repository';

@Service()
export class LeadService {
  constructor(private readonly leadRepository: LeadRepository) {}

  async findLead(id: string, userId: string) {
    const lead = await this.leadRepository.findSingleLead(id, { where: { userId } }); // expect: scans-all [to36a] cross
    if (!lead) throw new Error(`Lead ${id} not found`);
    return lead;
  }

  async findLeadAt(id: string, createdAt: Date) {
    return this.leadRepository.findSingleLead(id, { where: { createdAt } }); // expect: prunes [to36b] cross
  }

  async findMany(userId: string, query: { since?: string; lastId?: string; limit?: number }) {
    return this.leadRepository.findManyByRangeQuery({
      userId,
      since: query.since ? new Date(query.since) : undefined,
      lastId: query.lastId,
      limit: Math.min(query.limit ?? 20, 100),
    });
  }

  async deleteMany(ids: string[]) {
    await this.leadRepository.deleteByIds(ids); // expect: scans-all [to36f] cross
  }
}
