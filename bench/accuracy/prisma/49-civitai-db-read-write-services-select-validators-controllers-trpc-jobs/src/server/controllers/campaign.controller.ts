import type { Context } from '../createContext';
import { campaignSelect } from '../selectors/lead.selector';
import { archiveCampaign, getCampaignById, getUserCampaigns } from '../services/campaign.service';
import { throwDbError, throwNotFoundError } from '../utils/errorHandling';

export const getMyCampaignsHandler = async ({ ctx }: { ctx: Context }) => {
  try {
    const campaigns = await getUserCampaigns({ userId: ctx.user.id, select: campaignSelect }); // expect: prunes [pr49j] cross
    return campaigns;
  } catch (error) {
    throw throwDbError(error);
  }
};

export const getCampaignHandler = async ({ input }: { input: { id: bigint } }) => {
  try {
    const campaign = await getCampaignById({ id: input.id, select: campaignSelect });
    if (!campaign) throw throwNotFoundError(`No campaign with id ${input.id}`);
    return campaign;
  } catch (error) {
    throw throwDbError(error);
  }
};

export const archiveCampaignHandler = async ({ input, ctx }: { input: { id: bigint }; ctx: Context }) => {
  try {
    return await archiveCampaign({ id: input.id, userId: ctx.user.id });
  } catch (error) {
    throw throwDbError(error);
  }
};
