import Fastify from 'fastify';
import type { DB } from './db';
import { leadStatsQuery } from './stats';

export const buildWebServer = (db: DB) => {
  const server = Fastify();

  server.get('/health', async () => {
    const { count } = await db
      .selectFrom('leads')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(); // expect: scans-all [ky46h]
    return { status: 'ok', leads: count };
  });

  server.get<{ Params: { userId: string } }>('/users/:userId/campaigns', async (req) => {
    return await db.selectFrom('campaigns').selectAll().where('userId', '=', Number(req.params.userId)).execute(); // expect: prunes [ky46i]
  });

  server.get<{ Params: { userId: string }; Querystring: { days?: string } }>('/users/:userId/stats', async (req) => {
    const days = req.query.days ? Number(req.query.days) : undefined;
    return await leadStatsQuery(db, Number(req.params.userId), days).execute(); // expect: scans-all [ky46j] cross
  });

  return server;
};
