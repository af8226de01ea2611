import type { AppContext } from '../../utils/types';

type Handler = (path: string, ctx: AppContext) => Promise<unknown>;
const router: Record<string, Handler> = {};

router['GET leads/:id'] = async (_path, ctx) => {
  const lead = await ctx.joplin.models.lead().load(Number(ctx.params.id)); // expect: scans-all [kx41a] cross
  if (!lead) throw new Error('Not found');
  return lead;
};

router['GET leads'] = async (_path, ctx) => {
  return ctx.joplin.models.lead().all(); // expect: scans-all [kx41b] cross
};

router['GET leads/by_email/:email'] = async (_path, ctx) => {
  return ctx.joplin.models.lead().loadByEmail(ctx.params.email!); // expect: scans-all [kx41c] cross
};

router['GET leads/:id/outputs'] = async (_path, ctx) => {
  const outputModel = ctx.joplin.models.agentOutput();
  return outputModel.byLeadId(Number(ctx.params.id)); // expect: scans-all [kx41d] cross
};

router['GET leads/recent'] = async (_path, ctx) => {
  const since = new Date(Date.now() - 3 * 86_400_000);
  return ctx.joplin.models.lead().userLeadsSince(ctx.joplin.owner!.id, since); // expect: prunes [kx41e] cross
};

router['PATCH leads/:id'] = async (_path, ctx) => {
  const body = ctx.body as { createdAt: string; status: string };
  await ctx.joplin.models.lead().setStatus(Number(ctx.params.id), new Date(body.createdAt), body.status); // expect: prunes [kx41f] cross
  ctx.status = 204;
};

router['GET campaigns'] = async (_path, ctx) => {
  return ctx.joplin.models.campaign().activeByUser(ctx.joplin.owner!.id); // expect: prunes [kx41g] cross
};

export default router;
