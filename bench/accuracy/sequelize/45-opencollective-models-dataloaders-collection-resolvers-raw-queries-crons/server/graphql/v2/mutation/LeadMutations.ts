import models from '../../../models';
import { fetchLeadWithReference } from '../input/LeadReferenceInput';

type Req = { remoteUser: { id: number }; loaders: { Campaign: { byId: { load: (id: number) => Promise<{ id: number; userId: number } | null> } } } };

export const leadMutations = {
  editLead: {
    async resolve(_: unknown, args: { lead: { id: number }; status: string }, req: Req) {
      const lead = await fetchLeadWithReference(args.lead, { throwIfMissing: true });
      if (!lead || Number(lead.userId) !== req.remoteUser.id) throw new Error('Forbidden');
      return lead.update({ status: args.status }); // expect: scans-all [sq45k]
    },
  },
  archiveCampaign: {
    async resolve(_: unknown, args: { id: number }, req: Req) {
      const campaign = await req.loaders.Campaign.byId.load(args.id);
      if (!campaign || Number(campaign.userId) !== req.remoteUser.id) throw new Error('Forbidden');
      await models.Campaign.update({ archived: true }, { where: { id: campaign.id, userId: req.remoteUser.id } }); // expect: prunes [sq45l]
      return campaign;
    },
  },
};
