import Router from '@koa/router';
import { db } from './database';

export const router = new Router();

router.get('/campaigns/:userId', async (ctx) => {
  ctx.body = await db.selectFrom('campaigns').selectAll().where('user_id', '=', Number(ctx.params.userId)).execute(); // expect: prunes [ky13a]
});

router.get('/campaigns', async (ctx) => {
  ctx.body = await db.selectFrom('campaigns').selectAll().where('archived', '=', false).execute(); // expect: scans-all [ky13b]
});
