import { Hono } from 'hono';
import { and, count, eq, gte, inArray } from 'drizzle-orm';
import { db } from '../db';
import { agentOutputs, leads } from '../db/schema';
import { withPagination } from '../lib/pagination';

export const leadsRoute = new Hono();

leadsRoute.get('/campaigns/:id/leads', async (c) => {
  const query = db.select().from(leads).where(eq(leads.campaignId, Number(c.req.param('id')))).$dynamic();
  const rows = await withPagination(query, Number(c.req.query('page') ?? 1)); // expect: scans-all [dz29a] cross
  return c.json(rows);
});

leadsRoute.get('/leads/:id/outputs', async (c) => {
  const since = new Date(c.req.query('since') ?? Date.now() - 86_400_000);
  const query = db
    .select()
    .from(agentOutputs)
    .where(and(eq(agentOutputs.leadId, Number(c.req.param('id'))), gte(agentOutputs.createdAt, since)))
    .$dynamic();
  return c.json(await withPagination(query, 2, 50)); // expect: prunes [dz29b] cross
});

leadsRoute.get('/leads/:id', async (c) => {
  const id = Number(c.req.param('id'));
  const at = new Date(c.req.query('at')!);
  const lead = await db.query.leads.findFirst({ where: (l, { and, eq }) => and(eq(l.id, id), eq(l.createdAt, at)) }); // expect: prunes [dz29c]
  return lead ? c.json(lead) : c.notFound();
});

leadsRoute.post('/leads/count', async (c) => {
  const { ids } = await c.req.json<{ ids: number[] }>();
  const [row] = await db.select({ n: count() }).from(leads).where(inArray(leads.id, ids)); // expect: scans-all [dz29d]
  return c.json(row);
});

leadsRoute.post('/leads/:id/won', async (c) => {
  const id = Number(c.req.param('id'));
  const { createdAt } = await c.req.json<{ createdAt: string }>();
  await db.transaction(async (tx) => {
    await tx.update(leads).set({ status: 'won' }).where(and(eq(leads.id, id), eq(leads.createdAt, new Date(createdAt)))); // expect: prunes [dz29e]
    await tx.delete(agentOutputs).where(eq(agentOutputs.leadId, id)); // expect: scans-all [dz29f]
  });
  return c.body(null, 204);
});
