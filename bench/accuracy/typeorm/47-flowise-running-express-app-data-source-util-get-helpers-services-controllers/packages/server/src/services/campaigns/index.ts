import { Campaign } from '../../database/entities/Campaign';
import { getRunningExpressApp } from '../../utils/getRunningExpressApp';

const getAllCampaigns = async (userId: string): Promise<Campaign[]> => {
  const appServer = getRunningExpressApp();
  return await appServer.AppDataSource.getRepository(Campaign).find({ where: { userId, archived: false }, order: { name: 'ASC' } }); // expect: prunes [to47j]
};

const getCampaignById = async (campaignId: string, userId: string): Promise<Campaign | null> => {
  const appServer = getRunningExpressApp();
  return await appServer.AppDataSource.getRepository(Campaign).findOneBy({ id: campaignId, userId }); // expect: prunes [to47k]
};

const archiveCampaign = async (campaignId: string, userId: string) => {
  const appServer = getRunningExpressApp();
  return await appServer.AppDataSource.getRepository(Campaign).update({ id: campaignId, userId }, { archived: true }); // expect: prunes [to47l]
};

export default { getAllCampaigns, getCampaignById, archiveCampaign };
