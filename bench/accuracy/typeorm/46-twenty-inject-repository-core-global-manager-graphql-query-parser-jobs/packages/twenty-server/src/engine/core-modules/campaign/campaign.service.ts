import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignService {
  constructor(
    @InjectRepository(Campaign, 'core')
    private readonly campaignRepository: Repository<Campaign>,
  ) {}

  async getCampaignOrThrow(id: string, userId: string) {
    const campaign = await this.campaignRepository.findOne({ where: { id, userId } }); // expect: prunes [to46k]
    if (!campaign) throw new NotFoundException('Campaign not found');
    return campaign;
  }

  async listForUser(userId: string) {
    return this.campaignRepository.find({ where: { userId, archived: false }, order: { name: 'ASC' } }); // expect: prunes [to46l]
  }

  async archive(id: string, userId: string) {
    const campaign = await this.getCampaignOrThrow(id, userId);
    await this.campaignRepository.update(campaign.id, { archived: true }); // expect: scans-all [to46m]
  }
}
