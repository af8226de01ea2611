import { getLeadsCreatedBetween, getLatestLead } from '@nangohq/shared';
import campaignService from '@nangohq/shared/lib/services/leads/campaign.service.js';
import { asyncWrapper } from '../../../utils/asyncWrapper.js';

export const getLeads = asyncWrapper<any>(async (req, res) => {
    const { user } = res.locals;
    const month = typeof req.query['month'] === 'string' ? req.query['month'] : new Date().toISOString().slice(0, 7);
    const from = new Date(`${month}-01T00:00:00.000Z`);
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));

    const [leads, latest, campaigns] = await Promise.all([
        getLeadsCreatedBetween({ user_id: user.id, from, to }),
        getLatestLead(user.id),
        campaignService.listCampaigns(user.id, { includeArchived: req.query['archived'] === 'true' })
    ]);

    res.status(200).send({ data: { leads, latest, campaigns } });
});
