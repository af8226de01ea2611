import type { FastifyInstance } from 'fastify';
import { LeadStatsService } from '../services/lead-stats.service';

export default async function statsRoutes(app: FastifyInstance) {
  const stats = new LeadStatsService();

  app.get<{ Params: { userId: string }; Querystring: { since: string } }>('/users/:userId/companies', async (req) => {
    return stats.recentCompanies(Number(req.params.userId), new Date(req.query.since)); // expect: prunes [kx33a] cross
  });

  app.get<{ Params: { userId: string }; Querystring: { since: string } }>('/users/:userId/untouched', async (req) => {
    const rows = await stats.leadsWithoutOutputs(Number(req.params.userId), new Date(req.query.since)); // expect: scans-all [kx33b] cross
    return { rows };
  });

  app.post<{ Body: { ids: number[] } }>('/leads/seen', async (req) => {
    await stats.markSeen(req.body.ids); // expect: scans-all [kx33c] cross
    return { ok: true };
  });

  app.get<{ Params: { userId: string } }>('/users/:userId/campaigns', async (req) => {
    return { names: await stats.campaignNames(Number(req.params.userId)) }; // expect: prunes [kx33d] cross
  });
}
