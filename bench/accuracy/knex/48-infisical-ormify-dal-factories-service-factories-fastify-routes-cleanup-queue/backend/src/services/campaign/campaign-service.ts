import type { TCampaignDALFactory } from './campaign-dal';
import { NotFoundError } from '../lead/lead-service';

type TCampaignServiceFactoryDep = { campaignDAL: TCampaignDALFactory };

export type TCampaignServiceFactory = ReturnType<typeof campaignServiceFactory>;

export const campaignServiceFactory = ({ campaignDAL }: TCampaignServiceFactoryDep) => {
  const listCampaigns = async ({ actorId }: { actorId: string }) =>
    campaignDAL.find({ user_id: actorId, archived: false }, { sort: [['name', 'asc']] }); // expect: prunes [kx48k] cross

  const getCampaignById = async ({ campaignId }: { campaignId: string }) => {
    const campaign = await campaignDAL.findById(campaignId); // expect: scans-all [kx48l] cross
    if (!campaign) throw new NotFoundError(`Campaign with ID '${campaignId}' not found`);
    return campaign;
  };

  const archiveCampaign = async ({ actorId, campaignId }: { actorId: string; campaignId: string }) => {
    const [campaign] = await campaignDAL.update({ id: campaignId, user_id: actorId }, { archived: true }); // expect: prunes [kx48m] cross
    return campaign;
  };

  const listWithLeadCounts = async ({ actorId }: { actorId: string }) => campaignDAL.findWithLeadCounts(actorId);

  return { listCampaigns, getCampaignById, archiveCampaign, listWithLeadCounts };
};
