import express from 'express';
import type { SqlStorageMethod } from '../storage/sql/sql';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createRouter(context: { storageMethod: SqlStorageMethod }) {
  const router = express.Router();

  router.get('/users/:userId/leads', async (req, res) => {
    const { from, to, status, limit } = req.query as Record<string, string | undefined>;
    const leads =
      from && to
        ? await context.storageMethod.getLeadsInRange(req.params.userId, new Date(from), new Date(to))
        : await context.storageMethod.getLeads(req.params.userId, { status, limit: limit ? Number(limit) : undefined });
    res.json(leads);
  });

  router.get('/users/:userId/statuses', async (req, res) => {
    res.json(await context.storageMethod.getStatuses(req.params.userId));
  });

  router.get('/leads/:leadId', async (req, res) => {
    const lead = await context.storageMethod.findLeadById(req.params.leadId);
    if (!lead) return res.sendStatus(404);
    res.json(lead);
  });

  router.put('/leads/:leadId', async (req, res) => {
    await context.storageMethod.updateLead({ id: req.params.leadId, ...req.body });
    res.sendStatus(204);
  });

  router.delete('/leads/:leadId', async (req, res) => {
    await context.storageMethod.deleteLead(req.params.leadId);
    res.sendStatus(204);
  });

  router.get('/leads/:leadId/outputs', async (req, res) => {
    const outputs = req.query.recent
      ? await context.storageMethod.getRecentAgentOutputs(req.params.leadId, new Date(Date.now() - 7 * DAY_MS))
      : await context.storageMethod.getAgentOutputs(req.params.leadId);
    res.json(outputs);
  });

  router.get('/users/:userId/campaigns', async (req, res) => {
    res.json(await context.storageMethod.getCampaigns(req.params.userId));
  });

  router.get('/campaigns/:campaignId', async (req, res) => {
    res.json(await context.storageMethod.findCampaignById(req.params.campaignId));
  });

  router.post('/users/:userId/campaigns/:campaignId/archive', async (req, res) => {
    await context.storageMethod.archiveCampaign(req.params.userId, req.params.campaignId);
    res.sendStatus(204);
  });

  router.post('/users/:userId/leads', async (req, res) => {
    res.json(await context.storageMethod.createLead({ ...req.body, userId: Number(req.params.userId) }));
  });

  return router;
}
