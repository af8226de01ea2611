import { Op } from 'sequelize';
import express from 'express';
import urlFilterToDbFilter from '../lib/url-filter-to-db-filter.js';
import { createdAfter, daysAgo, visibleTo } from '../lib/lead-filters.js';
const router = express.Router();

function mustBeAuthenticated(req, res, next) {
  if (req.isAuthenticated()) {
    return next();
  }
  return res.status(401).json({ title: 'Unauthorized' });
}

// Wraps an async route handler so its rejection reaches the Express error handler.
function wrap(fn) {
  return function (req, res, next) {
    return fn(req, res, next).catch(next);
  };
}

/**
 * Lead history, filterable from the URL (`?filter=company|contains|acme,createdAt|after|2026-01-01`)
 * @param {Req} req
 * @param {Res} res
 */
async function getHistoryList(req, res) {
  const { models, user } = req;

  // Convert URL filter to Sequelize compatible filter object
  const urlFilter = urlFilterToDbFilter(req.query.filter);

  let filter = urlFilter;

  // If not admin, restrict history to logged in user
  if (user.role !== 'admin') {
    filter = {
      [Op.and]: [{ userId: user.id }, urlFilter],
    };
  }

  const leads = await models.leads.findByFilter(filter); // expect: scans-all [sq48e] cross
  return res.utils.data(leads);
}

router.get('/api/lead-history', mustBeAuthenticated, wrap(getHistoryList));

async function getRecentList(req, res) {
  const { models, user } = req;
  const days = Math.min(Number(req.query.days) || 7, 90);
  const leads = await models.leads.findByFilter({ [Op.and]: [visibleTo(user), createdAfter(daysAgo(days))] }); // expect: prunes [sq48f] cross
  return res.utils.data(leads);
}

router.get('/api/leads/recent', mustBeAuthenticated, wrap(getRecentList));

async function getCount(req, res) {
  const { models, user } = req;
  const count = await models.leads.countByFilter({ [Op.and]: [visibleTo(user), urlFilterToDbFilter(req.query.filter)] }); // expect: scans-all [sq48p] cross
  return res.utils.data({ count });
}

router.get('/api/leads/count', mustBeAuthenticated, wrap(getCount));

async function getCampaignLeads(req, res) {
  const { models, user, params, query } = req;
  const campaign = await models.campaigns.findOneForUser(params.campaignId, user);
  if (!campaign) {
    return res.utils.notFound();
  }
  const leads = await models.leads.findAllForUserCampaign(user, campaign.id, {
    includeOutputs: query.includeOutputs === 'true',
    since: daysAgo(Number(query.days) || 30),
  });
  return res.utils.data(leads);
}

router.get('/api/campaigns/:campaignId/leads', mustBeAuthenticated, wrap(getCampaignLeads));

async function getLead(req, res) {
  const lead = await req.models.leads.findOneById(req.params.id);
  return lead ? res.utils.data(lead) : res.utils.notFound();
}

router.get('/api/leads/:id', mustBeAuthenticated, wrap(getLead));

async function updateLead(req, res) {
  const { models, params, body } = req;
  const lead = await models.leads.update(params.id, new Date(body.createdAt), { status: body.status });
  return res.utils.data(lead);
}

router.put('/api/leads/:id', mustBeAuthenticated, wrap(updateLead));

async function listMine(req, res) {
  const { models, user } = req;
  const [leads, campaigns, perCampaign] = await Promise.all([
    models.leads.findAllForUser(user),
    models.campaigns.findAllForUser(user),
    models.leads.countByCampaignSince(user.id, daysAgo(30)),
  ]);
  return res.utils.data({ leads, campaigns, perCampaign });
}

router.get('/api/my/leads', mustBeAuthenticated, wrap(listMine));

async function deleteCampaignLeads(req, res) {
  const { models, user, params } = req;
  const campaign = await models.campaigns.findOneForUser(params.campaignId, user);
  if (!campaign) {
    return res.utils.notFound();
  }
  const count = await models.leads.removeForCampaign(campaign.id);
  return res.utils.data({ count });
}

router.delete('/api/campaigns/:campaignId/leads', mustBeAuthenticated, wrap(deleteCampaignLeads));

async function outputDelivered(req, res) {
  await req.models.agentOutputs.markDelivered(req.params.outputId);
  return res.utils.data({ ok: true });
}

router.post('/api/webhooks/outputs/:outputId/delivered', wrap(outputDelivered));

export default router;
