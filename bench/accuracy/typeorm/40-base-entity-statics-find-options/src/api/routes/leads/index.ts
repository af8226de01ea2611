import { type Request, type Response, Router } from 'express';
import { type FindManyOptions, type FindOperator, LessThan, MoreThan } from 'typeorm';
import { AgentOutput } from '../../../util/entities/AgentOutput';
import { Lead } from '../../../util/entities/Lead';
import { checkLeadOwner, getCampaignOrFail } from '../../../util/util/Permissions';

const router: Router = Router();
const route = (_opts: object) => (_req: Request, _res: Response, next: () => void) => next();

router.get('/', route({}), async (req: Request, res: Response) => {
  const user_id = req.user_id;
  const limit = Number(req.query.limit) || 50;
  const before = req.query.before ? new Date(String(req.query.before)) : undefined;
  const after = req.query.after ? new Date(String(req.query.after)) : undefined;

  const query: FindManyOptions<Lead> & { where: { userId: string; createdAt?: FindOperator<Date> } } = {
    order: { createdAt: 'DESC' },
    take: limit,
    where: { userId: user_id },
  };

  if (after) {
    query.where.createdAt = MoreThan(after);
  } else if (before) {
    query.where.createdAt = LessThan(before);
  }

  const leads = await Lead.find(query); // expect: scans-all [to40b]
  return res.json(leads);
});

router.get('/recent', route({}), async (req: Request, res: Response) => {
  const leads = await Lead.getRecentForUser(req.user_id, 7); // expect: prunes [to40c] cross
  return res.json(leads);
});

router.get('/:lead_id', route({}), async (req: Request, res: Response) => {
  const { lead_id } = req.params;
  await checkLeadOwner(lead_id!, req.user_id); // expect: scans-all [to40h] cross
  const lead = await Lead.findOneOrFail({ where: { id: lead_id } }); // expect: scans-all [to40a]
  return res.json(lead);
});

router.get('/:lead_id/outputs/count', route({}), async (req: Request, res: Response) => {
  const since = new Date(String(req.query.since));
  const count = await AgentOutput.countSince(req.params.lead_id!, since); // expect: prunes [to40g] cross
  return res.json({ count });
});

router.patch('/:lead_id', route({}), async (req: Request, res: Response) => {
  const { status, created_at } = req.body as { status: string; created_at: string };
  await Lead.update({ id: req.params.lead_id, createdAt: new Date(created_at) }, { status }); // expect: prunes [to40e]
  return res.sendStatus(204);
});

router.delete('/:lead_id/outputs', route({}), async (req: Request, res: Response) => {
  await AgentOutput.delete({ leadId: req.params.lead_id }); // expect: scans-all [to40d]
  return res.sendStatus(204);
});

router.get('/campaigns/:campaign_id', route({}), async (req: Request, res: Response) => {
  const campaign = await getCampaignOrFail(req.user_id, req.params.campaign_id!); // expect: prunes [to40f] cross
  return res.json(campaign);
});

declare module 'express-serve-static-core' {
  interface Request {
    user_id: string;
  }
}

export default router;
