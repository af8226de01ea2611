import { Campaign } from '../models/Campaign';
import { Lead } from '../models/Lead';
import { AgentOutput } from '../models/AgentOutput';
import { AuthenticatedAction } from './authenticatedAction';

export class CampaignsList extends AuthenticatedAction {
  name = 'campaigns:list';

  async runWithinTransaction({ session }: { session: any }) {
    const campaigns = await Campaign.scope('notArchived').findAll({ where: { userId: session.userId }, order: [['name', 'ASC']] }); // expect: prunes [sq47m] cross
    return { campaigns };
  }
}

export class CampaignView extends AuthenticatedAction {
  name = 'campaign:view';
  inputs = { id: { required: true } };

  async runWithinTransaction({ params }: { params: any }) {
    const campaign = await Campaign.findById<Campaign>(params.id);
    const leads = await Lead.findAll({ where: { campaignId: campaign.id }, include: [{ model: AgentOutput, required: false }] }); // expect: scans-all [sq47n]
    return { campaign, leads };
  }
}

export class CampaignArchive extends AuthenticatedAction {
  name = 'campaign:archive';
  inputs = { id: { required: true } };

  async runWithinTransaction({ params }: { params: any }) {
    const campaign = await Campaign.findById<Campaign>(params.id);
    await campaign.update({ archived: true }); // expect: prunes [sq47o]
    return { campaign };
  }
}

export class CampaignsStatus extends AuthenticatedAction {
  name = 'campaigns:status';

  async runWithinTransaction() {
    return { active: await Campaign.count({ where: { archived: false } }) }; // expect: scans-all [sq47p]
  }
}
