import type { TAgentOutputDALFactory } from './agent-output-dal';

type TAgentOutputServiceFactoryDep = { agentOutputDAL: TAgentOutputDALFactory };

export type TAgentOutputServiceFactory = ReturnType<typeof agentOutputServiceFactory>;

export const agentOutputServiceFactory = ({ agentOutputDAL }: TAgentOutputServiceFactoryDep) => {
  const listOutputs = async ({ leadId, limit = 20 }: { leadId: string; limit?: number }) =>
    agentOutputDAL.find({ lead_id: leadId }, { sort: [['created_at', 'desc']], limit }); // expect: scans-all [kx48f] cross

  const listRecentOutputs = async ({ leadId, days = 7 }: { leadId: string; days?: number }) =>
    agentOutputDAL.findByLeadSince(leadId, new Date(Date.now() - days * 24 * 60 * 60 * 1000));

  return { listOutputs, listRecentOutputs };
};
