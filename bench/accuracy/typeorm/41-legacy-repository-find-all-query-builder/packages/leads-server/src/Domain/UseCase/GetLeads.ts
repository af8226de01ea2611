import { inject, injectable } from 'inversify'
import TYPES from '../../Bootstrap/Types'
import { Lead } from '../Lead/Lead'
import { LeadRepositoryInterface } from '../Lead/LeadRepositoryInterface'

@injectable()
export class GetLeads {
  constructor(@inject(TYPES.LeadRepository) private leadRepository: LeadRepositoryInterface) {}

  async execute(dto: { userId: string; limit: number; offset?: number }): Promise<{ leads: Lead[]; total: number }> {
    const query = {
      userId: dto.userId,
      sortBy: 'created_at',
      sortOrder: 'DESC' as const,
      offset: dto.offset ?? 0,
      limit: dto.limit,
    }
    const leads = await this.leadRepository.findAll(query)
    const total = await this.leadRepository.countAll({ userId: dto.userId })

    return { leads, total }
  }
}
