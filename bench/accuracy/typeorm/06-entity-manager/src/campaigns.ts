import { AppDataSource } from './data-source';
import { Campaign } from './entities/campaign.entity';

export async function campaignsOf(userId: string) {
  return AppDataSource.manager.find(Campaign, { where: { userId, archived: false } }); // expect: prunes [to06a]
}

export async function liveCampaigns() {
  return AppDataSource.manager.findBy(Campaign, { archived: false }); // expect: scans-all [to06b]
}

export async function campaignByName(name: string) {
  return AppDataSource.getRepository(Campaign).findOneBy({ name }); // expect: scans-all [to06c]
}
