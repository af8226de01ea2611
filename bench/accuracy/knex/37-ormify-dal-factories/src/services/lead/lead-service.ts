import type { TAgentOutputDALFactory } from './agent-output-dal';
import type { TLeadDALFactory } from './lead-dal';

type TLeadServiceFactoryDep = {
  leadDAL: TLeadDALFactory;
  agentOutputDAL: TAgentOutputDALFactory;
};

export type TLeadServiceFactory = ReturnType<typeof leadServiceFactory>;

export const leadServiceFactory = ({ leadDAL, agentOutputDAL }: TLeadServiceFactoryDep) => {
  const getLead = async ({ leadId, actorId }: { leadId: number; actorId: number }) => {
    const lead = await leadDAL.findById(leadId); // expect: scans-all [kx37a] cross
    if (!lead || lead.user_id !== actorId) throw new Error(`Lead with ID '${leadId}' not found`);
    return lead;
  };

  const listLeads = async ({ actorId, offset = 0, limit = 50 }: { actorId: number; offset?: number; limit?: number }) => {
    return leadDAL.find({ user_id: actorId }, { offset, limit, sort: [['created_at', 'desc']] }); // expect: scans-all [kx37b] cross
  };

  const listRecent = async ({ actorId }: { actorId: number }) => {
    return leadDAL.findRecentByUser(actorId, new Date(Date.now() - 7 * 86_400_000));
  };

  const campaignBreakdown = async ({ actorId }: { actorId: number }) => leadDAL.countByCampaign(actorId);

  const archiveLead = async ({ leadId, actorId }: { leadId: number; actorId: number }) => {
    const lead = await getLead({ leadId, actorId });
    await agentOutputDAL.delete({ lead_id: lead.id, created_at: lead.created_at }); // expect: prunes [kx37c] cross
    return leadDAL.updateById(lead.id, { status: 'archived' }); // expect: scans-all [kx37f] cross
  };

  return { getLead, listLeads, listRecent, campaignBreakdown, archiveLead };
};
