import type Lead from '../../../models/Lead';

export const LeadFields = {
  campaign: {
    async resolve(lead: Lead) {
      return lead.getCampaign(); // expect: scans-all [sq45b]
    },
  },
  outputs: {
    async resolve(lead: Lead, _args: unknown, req: { loaders: { AgentOutput: { byLeadId: { load: (id: number) => Promise<unknown> } } } }) {
      return req.loaders.AgentOutput.byLeadId.load(lead.id);
    },
  },
};
