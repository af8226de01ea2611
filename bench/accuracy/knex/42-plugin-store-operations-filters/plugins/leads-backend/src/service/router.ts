import express from 'express';
import Router from 'express-promise-router';
import { DatabaseLeadStore } from '../database/DatabaseLeadStore';

function monthWindow(month: string | undefined) {
  const start = month ? new Date(`${month}-01T00:00:00Z`) : new Date(new Date().toISOString().slice(0, 7) + '-01T00:00:00Z');
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return { start, end };
}

export async function createRouter(options: { store: DatabaseLeadStore }): Promise<express.Router> {
  const { store } = options;
  const router = Router();
  router.use(express.json());

  router.get('/users/:userId/leads', async (req, res) => {
    const page = { limit: Number(req.query.limit ?? 20), offset: Number(req.query.offset ?? 0) };
    res.json(await store.listLeadsForUser(Number(req.params.userId), page));
  });

  router.get('/users/:userId/leads/monthly', async (req, res) => {
    const window = monthWindow(req.query.month as string | undefined);
    res.json({
      items: await store.listLeadsInWindow(Number(req.params.userId), window),
      counts: await store.countByStatus(Number(req.params.userId), window),
    });
  });

  router.get('/leads/:id', async (req, res) => {
    res.json(await store.getLead(Number(req.params.id)));
  });

  router.get('/leads/by-email/:email', async (req, res) => {
    res.json(await store.findLeadByEmail(req.params.email));
  });

  router.put('/leads/:id/status', async (req, res) => {
    await store.updateLeadStatus({ id: Number(req.params.id), createdAt: new Date(req.body.createdAt), status: req.body.status });
    res.status(204).end();
  });

  router.delete('/leads/:id/outputs', async (req, res) => {
    await store.deleteOutputsForLead(Number(req.params.id));
    res.status(204).end();
  });

  router.get('/users/:userId/campaigns', async (req, res) => {
    res.json(await store.listCampaigns(Number(req.params.userId)));
  });

  return router;
}
