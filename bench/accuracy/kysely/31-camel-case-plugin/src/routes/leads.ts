import { Hono } from 'hono';
import { leadsOfCampaign, leadsOfUserSince, outputsOfLead, setStatus } from '../repos/leads';

export const app = new Hono();

app.get('/users/:id/leads', async (c) => {
  const since = new Date(c.req.query('since') ?? Date.now() - 30 * 86_400_000);
  return c.json(await leadsOfUserSince(Number(c.req.param('id')), since).execute()); // expect: prunes [ky31a] cross
});

app.get('/leads/:id/outputs', async (c) => c.json(await outputsOfLead(Number(c.req.param('id'))).execute())); // expect: scans-all [ky31b] cross

app.patch('/leads/:id', async (c) => {
  const { createdAt, status } = await c.req.json<{ createdAt: string; status: string }>();
  await setStatus(Number(c.req.param('id')), new Date(createdAt), status).execute(); // expect: prunes [ky31c] cross
  return c.body(null, 204);
});

app.get('/campaigns/:id/leads', async (c) => c.json(await leadsOfCampaign(Number(c.req.param('id'))).execute())); // expect: scans-all [ky31d] cross
