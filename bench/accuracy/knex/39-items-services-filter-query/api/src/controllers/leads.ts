import express, { type NextFunction, type Request, type Response } from 'express';
import { AgentOutputsService, CampaignsService, LeadsService } from '../services/leads';

const router = express.Router();

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void>;
const asyncHandler = (fn: Handler) => (req: Request, res: Response, next: NextFunction) => fn(req, res, next).catch(next);

const accountabilityOf = (req: Request) => ({ user: Number(req.headers['x-user-id']), admin: false });

router.get(
  '/leads/:pk',
  asyncHandler(async (req, res) => {
    const service = new LeadsService({ accountability: accountabilityOf(req) });
    const record = await service.readOne(req.params.pk!); // expect: scans-all [kx39a] cross
    res.json({ data: record });
  }),
);

router.get(
  '/leads',
  asyncHandler(async (req, res) => {
    const accountability = accountabilityOf(req);
    const service = new LeadsService({ accountability });
    const records = await service.readByQuery({ filter: { user_id: { _eq: accountability.user } }, sort: ['-created_at'], limit: 50 }); // expect: scans-all [kx39b] cross
    res.json({ data: records });
  }),
);

router.get(
  '/leads/month/:month',
  asyncHandler(async (req, res) => {
    const accountability = accountabilityOf(req);
    const start = new Date(`${req.params.month}-01T00:00:00Z`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    const service = new LeadsService({ accountability });
    const records = await service.readByQuery({
      filter: { user_id: { _eq: accountability.user }, created_at: { _gte: start.toISOString(), _lt: end.toISOString() } },
      sort: ['-created_at'],
    }); // expect: prunes [kx39c] cross
    res.json({ data: records });
  }),
);

router.get(
  '/dashboard/recent',
  asyncHandler(async (req, res) => {
    const accountability = accountabilityOf(req);
    const service = new LeadsService({ accountability });
    const since = new Date(Date.now() - 14 * 86_400_000);
    const records = await service.readRecentForUser(accountability.user, since); // expect: prunes [kx39d] cross
    res.json({ data: records });
  }),
);

router.delete(
  '/leads/:pk/outputs',
  asyncHandler(async (req, res) => {
    const service = new AgentOutputsService({ accountability: accountabilityOf(req) });
    await service.deleteForLead(Number(req.params.pk));
    res.status(204).end();
  }),
);

router.get(
  '/campaigns',
  asyncHandler(async (req, res) => {
    const accountability = accountabilityOf(req);
    const service = new CampaignsService({ accountability });
    const records = await service.readByQuery({ filter: { user_id: { _eq: accountability.user }, archived: { _eq: false } }, sort: ['name'] }); // expect: prunes [kx39h] cross
    res.json({ data: records });
  }),
);

export default router;
