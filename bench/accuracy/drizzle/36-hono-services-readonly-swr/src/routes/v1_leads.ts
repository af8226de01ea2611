import { and, eq, gte } from 'drizzle-orm';
import { schema } from '../db';
import { countLeadsQuery, findLeadById, getLeadWithOutputs, type Window, withinWindow } from '../lib/leads';
import type { App } from './env';

export const registerV1Leads = (app: App) => {
  app.get('/v1/leads.getLead', async (c) => {
    const leadId = Number(c.req.query('leadId'));
    const { db, cache } = c.get('services');

    const { val: lead, err } = await cache.leadById.swr(String(leadId), () => findLeadById(db.readonly, leadId)); // expect: scans-all [dz36a] cross
    if (err) return c.json({ error: err.message }, 500);
    if (!lead) return c.json({ error: 'NOT_FOUND' }, 404);
    return c.json(lead);
  });

  app.get('/v1/leads.getLeadAt', async (c) => {
    const leadId = Number(c.req.query('leadId'));
    const createdAt = new Date(String(c.req.query('createdAt')));
    const { db } = c.get('services');
    const lead = await getLeadWithOutputs(db.readonly, leadId, createdAt); // expect: prunes [dz36d] cross
    return lead ? c.json(lead) : c.json({ error: 'NOT_FOUND' }, 404);
  });

  app.get('/v1/leads.listLeads', async (c) => {
    const auth = c.get('auth');
    const window = (c.req.query('window') ?? '7d') as Window;
    const { db } = c.get('services');

    const [leads, total] = await Promise.all([
      db.readonly.query.leads.findMany({
        where: (table, { and, eq }) => and(eq(table.userId, auth.userId), withinWindow(table, window)),
        orderBy: (table, { desc }) => desc(table.createdAt),
        limit: 100,
      }), // expect: prunes [dz36b] cross
      countLeadsQuery(db.readonly, auth.userId).then((res) => res.at(0)?.count ?? 0), // expect: scans-all [dz36e] cross
    ]);
    return c.json({ leads, total });
  });

  app.post('/v1/leads.reviewOutputs', async (c) => {
    const { leadId, since } = await c.req.json<{ leadId: number; since: string }>();
    const { db } = c.get('services');
    await db.primary
      .update(schema.agentOutputs)
      .set({ kind: 'reviewed' })
      .where(and(eq(schema.agentOutputs.leadId, leadId), gte(schema.agentOutputs.createdAt, new Date(since)))); // expect: prunes [dz36f]
    return c.json({});
  });
};
