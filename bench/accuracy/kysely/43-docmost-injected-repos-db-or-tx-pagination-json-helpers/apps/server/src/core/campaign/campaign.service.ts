import { Injectable, NotFoundException } from '@nestjs/common';
import { CampaignRepo } from '../../database/repos/campaign/campaign.repo';

@Injectable()
export class CampaignService {
  constructor(private readonly campaignRepo: CampaignRepo) {}

  async getActive(userId: string) {
    return this.campaignRepo.getActive(userId);
  }

  async delete(campaignId: string, userId: string) {
    const campaign = await this.campaignRepo.findById(campaignId, userId);
    if (!campaign) {
      throw new NotFoundException('Campaign not found');
    }
    await this.campaignRepo.deleteCampaign(campaign.id);
  }
}
