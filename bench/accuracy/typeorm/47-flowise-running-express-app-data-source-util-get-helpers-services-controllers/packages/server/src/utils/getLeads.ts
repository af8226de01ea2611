import { Between, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { Campaign } from '../database/entities/Campaign';
import { Lead } from '../database/entities/Lead';
import { getRunningExpressApp } from './getRunningExpressApp';

interface GetLeadsParams {
  userId: string;
  statuses?: string[];
  campaignId?: string;
  sortOrder?: string;
  startDate?: string;
  endDate?: string;
}

export const utilGetLeads = async ({ userId, statuses, campaignId, sortOrder = 'DESC', startDate, endDate }: GetLeadsParams): Promise<Lead[]> => {
  const appServer = getRunningExpressApp();

  // The campaign must belong to the user asking for its leads.
  if (campaignId) {
    const campaign = await appServer.AppDataSource.getRepository(Campaign).findOneBy({ id: campaignId, userId }); // expect: prunes [to47n]
    if (!campaign) throw new Error('Unauthorized access');
  }

  let createdDateQuery;
  if (startDate || endDate) {
    if (startDate && endDate) {
      createdDateQuery = Between(new Date(startDate), new Date(endDate));
    } else if (startDate) {
      createdDateQuery = MoreThanOrEqual(new Date(startDate));
    } else if (endDate) {
      createdDateQuery = LessThanOrEqual(new Date(endDate));
    }
  }

  const leads = await appServer.AppDataSource.getRepository(Lead).find({
    where: {
      userId,
      status: statuses?.length ? In(statuses) : undefined,
      campaignId: campaignId ?? undefined,
      createdAt: createdDateQuery,
    },
    order: { createdAt: sortOrder === 'DESC' ? 'DESC' : 'ASC' },
  }); // expect-also: [to47a] [to47o]

  return leads;
};
