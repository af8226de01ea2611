import Router from 'koa-router';
import { Op } from 'sequelize';
import Lead from '../models/Lead';

const router = new Router();

router.post('leads.list', async (ctx) => {
  const { user } = ctx.state.auth;
  const leads = await Lead.findAllForUser(user.id, { limit: 25, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq27a] cross
  ctx.body = { data: leads };
});

router.post('leads.recent', async (ctx) => {
  const { user } = ctx.state.auth;
  const since = new Date(Date.now() - 14 * 86_400_000);
  const leads = await Lead.findAllForUser(user.id, { where: { createdAt: { [Op.gte]: since } } }); // expect: prunes [sq27b] cross
  ctx.body = { data: leads };
});

export default router;
