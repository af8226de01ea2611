import type { Hono } from 'hono';
import type { Database } from '../app/database/database';
import { createCampaignsRepository } from '../campaigns/campaigns.repository';
import { createLeadsRepository } from './leads.repository';
import { deleteLeadWithOutputs } from './leads.usecases';

type RouteDefinitionContext = { app: Hono<{ Variables: { userId: number } }>; db: Database };

export function registerLeadsRoutes(context: RouteDefinitionContext) {
  setupGetLeadsRoute(context);
  setupGetLeadRoute(context);
  setupGetLeadsOfMonthRoute(context);
  setupDeleteLeadRoute(context);
  setupGetCampaignsRoute(context);
  setupGetLeadsStatsRoute(context);
}

function setupGetLeadsRoute({ app, db }: RouteDefinitionContext) {
  app.get('/api/leads', async (context) => {
    const userId = context.get('userId');
    const pageIndex = Number(context.req.query('pageIndex') ?? 0);
    const leadsRepository = createLeadsRepository({ db });
    const { leads } = await leadsRepository.getUserLeads({ userId, pageIndex, pageSize: 25 }); // expect: scans-all [dz40a] cross
    return context.json({ leads });
  });
}

function setupGetLeadRoute({ app, db }: RouteDefinitionContext) {
  app.get('/api/leads/:leadId', async (context) => {
    const userId = context.get('userId');
    const leadsRepository = createLeadsRepository({ db });
    const { lead } = await leadsRepository.getLeadById({ leadId: Number(context.req.param('leadId')), userId }); // expect: scans-all [dz40b] cross
    return context.json({ lead });
  });
}

function setupGetLeadsOfMonthRoute({ app, db }: RouteDefinitionContext) {
  app.get('/api/leads/month/:month', async (context) => {
    const userId = context.get('userId');
    const from = new Date(`${context.req.param('month')}-01T00:00:00Z`);
    const to = new Date(from.getTime() + 31 * 86_400_000);
    const leadsRepository = createLeadsRepository({ db });
    const { leads } = await leadsRepository.getLeadsCreatedBetween({ userId, from, to }); // expect: prunes [dz40c] cross
    return context.json({ leads });
  });
}

function setupDeleteLeadRoute({ app, db }: RouteDefinitionContext) {
  app.delete('/api/leads/:leadId', async (context) => {
    const leadsRepository = createLeadsRepository({ db });
    await deleteLeadWithOutputs({ leadId: Number(context.req.param('leadId')), createdAt: new Date(context.req.query('createdAt')!), leadsRepository });
    return context.body(null, 204);
  });
}

function setupGetCampaignsRoute({ app, db }: RouteDefinitionContext) {
  app.get('/api/campaigns', async (context) => {
    const campaignsRepository = createCampaignsRepository({ db });
    const { campaigns } = await campaignsRepository.getUserCampaigns({ userId: context.get('userId') }); // expect: prunes [dz40f] cross
    return context.json({ campaigns });
  });
}

function setupGetLeadsStatsRoute({ app, db }: RouteDefinitionContext) {
  app.get('/api/leads/stats', async (context) => {
    const leadsRepository = createLeadsRepository({ db });
    const { leadsCount } = await leadsRepository.getUserLeadsCount({ userId: context.get('userId') }); // expect: scans-all [dz40h] cross
    return context.json({ leadsCount });
  });
}
