import type { FastifyInstance } from 'fastify';
import type { TAgentOutputServiceFactory } from '../../../services/agent-output/agent-output-service';
import type { TCampaignServiceFactory } from '../../../services/campaign/campaign-service';
import type { TLeadServiceFactory } from '../../../services/lead/lead-service';

type TServices = { lead: TLeadServiceFactory; agentOutput: TAgentOutputServiceFactory; campaign: TCampaignServiceFactory };

export const registerLeadRouter = async (server: FastifyInstance & { services: TServices }) => {
  server.get<{ Querystring: { userId: string; offset?: number; limit?: number; search?: string; startDate?: string; endDate?: string } }>(
    '/',
    async (req) => {
      const { userId, startDate, endDate } = req.query;
      if (startDate && endDate) {
        return { leads: await server.services.lead.listLeadsInRange({ userId, startDate, endDate }) };
      }
      return { leads: await server.services.lead.listLeads(req.query) };
    },
  );

  server.get<{ Params: { leadId: string }; Querystring: { createdAt?: string } }>('/:leadId', async (req) => {
    const lead = req.query.createdAt
      ? await server.services.lead.getLead({ id: req.params.leadId, createdAt: req.query.createdAt })
      : await server.services.lead.getLeadById({ id: req.params.leadId });
    return { lead };
  });

  server.patch<{ Params: { leadId: string }; Body: { createdAt: string; status: string } }>('/:leadId', async (req) => ({
    lead: await server.services.lead.updateLeadStatus({ id: req.params.leadId, ...req.body }),
  }));

  server.patch<{ Params: { leadId: string }; Body: { campaignId: string | null } }>('/:leadId/campaign', async (req) => ({
    lead: await server.services.lead.assignCampaign({ id: req.params.leadId, campaignId: req.body.campaignId }),
  }));

  server.delete<{ Params: { leadId: string } }>('/:leadId', async (req) => ({
    lead: await server.services.lead.deleteLead({ id: req.params.leadId }),
  }));

  server.get<{ Params: { leadId: string }; Querystring: { recent?: boolean } }>('/:leadId/outputs', async (req) => ({
    outputs: req.query.recent
      ? await server.services.agentOutput.listRecentOutputs({ leadId: req.params.leadId })
      : await server.services.agentOutput.listOutputs({ leadId: req.params.leadId }),
  }));

  server.get<{ Querystring: { actorId: string } }>('/campaigns', async (req) => ({
    campaigns: await server.services.campaign.listCampaigns({ actorId: req.query.actorId }),
  }));

  server.get<{ Params: { campaignId: string } }>('/campaigns/:campaignId', async (req) => ({
    campaign: await server.services.campaign.getCampaignById({ campaignId: req.params.campaignId }),
  }));

  server.post<{ Params: { campaignId: string }; Body: { actorId: string } }>('/campaigns/:campaignId/archive', async (req) => ({
    campaign: await server.services.campaign.archiveCampaign({ actorId: req.body.actorId, campaignId: req.params.campaignId }),
  }));
};
