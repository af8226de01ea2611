import { Injectable } from '@nestjs/common';
import { Campaign } from '../../entities/campaign.entity';

@Injectable()
export class CampaignService {
  async archive(userId: number, id: number) {
    return Campaign.query().patch({ archived: true }).where({ id, user_id: userId }); // expect: prunes [ob46j]
  }
}
