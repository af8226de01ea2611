import { inject, injectable } from 'inversify'
import TYPES from '../../Bootstrap/Types'
import { LeadRepositoryInterface } from '../Lead/LeadRepositoryInterface'

const MONTHLY_QUOTA = 500

@injectable()
export class CheckLeadQuota {
  constructor(@inject(TYPES.LeadRepository) private leadRepository: LeadRepositoryInterface) {}

  async execute(dto: { userId: string; now: Date }): Promise<{ remaining: number }> {
    const start = new Date(Date.UTC(dto.now.getUTCFullYear(), dto.now.getUTCMonth(), 1))
    const end = new Date(Date.UTC(dto.now.getUTCFullYear(), dto.now.getUTCMonth() + 1, 1) - 1)

    const rows = await this.leadRepository.findStatusesForComputingQuota({
      userId: dto.userId,
      createdBetween: [start, end],
    })

    return { remaining: Math.max(0, MONTHLY_QUOTA - rows.filter((row) => row.status !== 'lost').length) }
  }
}
