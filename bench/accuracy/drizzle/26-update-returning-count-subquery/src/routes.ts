import { Hono } from 'hono';
import { leadsRepo } from './leads.repo';

export const app = new Hono();

app.patch('/leads/:id', async (c) => {
  const [row] = await leadsRepo.setStatus(Number(c.req.param('id')), 'won'); // expect: scans-all [dz26a] cross
  return c.json(row);
});

app.patch('/leads/:id/:createdAt', async (c) => {
  const [row] = await leadsRepo.setStatusDated(Number(c.req.param('id')), new Date(c.req.param('createdAt')), 'won'); // expect: prunes [dz26b] cross
  return c.json(row);
});

app.get('/users/:id/lead-count', async (c) => c.json({ n: await leadsRepo.countOfUser(Number(c.req.param('id'))) })); // expect: scans-all [dz26c] cross

app.get('/outputs/recent', async (c) => c.json(await leadsRepo.outputsOfRecentLeads(new Date(Date.now() - 86_400_000)))); // expect: prunes [dz26d] cross
