import type { TLeadDALFactory } from './lead-dal';

export class NotFoundError extends Error {}

type TLeadServiceFactoryDep = {
  leadDAL: TLeadDALFactory;
};

export type TLeadServiceFactory = ReturnType<typeof leadServiceFactory>;

export const leadServiceFactory = ({ leadDAL }: TLeadServiceFactoryDep) => {
  const getLeadById = async ({ id }: { id: string }) => {
    const lead = await leadDAL.findById(id); // expect: scans-all [kx48a] cross
    if (!lead) throw new NotFoundError(`Lead with ID '${id}' not found`);
    return lead;
  };

  const getLead = async ({ id, createdAt }: { id: string; createdAt: string }) => {
    const lead = await leadDAL.findOne({ id, created_at: new Date(createdAt) }); // expect: prunes [kx48o] cross
    if (!lead) throw new NotFoundError(`Lead with ID '${id}' not found`);
    return lead;
  };

  const listLeads = async ({ userId, offset = 0, limit = 50, search }: { userId: string; offset?: number; limit?: number; search?: string }) => {
    const leads = await leadDAL.find(
      { user_id: userId, ...(search ? { $search: { company: `%${search}%` } } : {}) },
      { offset, limit, sort: [['created_at', 'desc']] },
    ); // expect: scans-all [kx48c] cross
    return leads;
  };

  const listLeadsInRange = async ({ userId, startDate, endDate }: { userId: string; startDate: string; endDate: string }) =>
    leadDAL.findByUserInRange(userId, new Date(startDate), new Date(endDate));

  const updateLeadStatus = async ({ id, createdAt, status }: { id: string; createdAt: string; status: string }) => {
    const [updated] = await leadDAL.update({ id, created_at: new Date(createdAt) }, { status }); // expect: prunes [kx48e] cross
    if (!updated) throw new NotFoundError(`Lead with ID '${id}' not found`);
    return updated;
  };

  const assignCampaign = async ({ id, campaignId }: { id: string; campaignId: string | null }) =>
    leadDAL.updateById(id, { campaign_id: campaignId }); // expect: scans-all [kx48d] cross

  const deleteLead = async ({ id }: { id: string }) => {
    const deleted = await leadDAL.deleteById(id); // expect: scans-all [kx48i] cross
    return deleted;
  };

  return { getLeadById, getLead, listLeads, listLeadsInRange, updateLeadStatus, assignCampaign, deleteLead };
};
