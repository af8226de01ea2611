import { Repository } from 'typeorm'

import { CampaignRepositoryInterface } from '../../Domain/Lead/CampaignRepositoryInterface'
import { TypeORMCampaign } from './TypeORMCampaign'

export class SQLCampaignRepository implements CampaignRepositoryInterface {
  constructor(protected ormRepository: Repository<TypeORMCampaign>) {}

  async findActiveByUserId(userId: string): Promise<TypeORMCampaign[]> {
    return this.ormRepository.find({
      where: { userId, archived: false },
      order: { name: 'ASC' },
    }) // expect: prunes [to41j]
  }
}
