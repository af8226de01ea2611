import { Router } from 'express';
import { MoreThanOrEqual } from 'typeorm';
import { getRepository } from '../datasource';
import { AgentOutput } from '../entity/AgentOutput';
import { Lead } from '../entity/Lead';
import { lastNDays } from '../utils/dateHelpers';

type AuthedRequest = { user?: { id: string; isAdmin: boolean } };

const leadRoutes = Router();

leadRoutes.get('/', async (req, res, next) => {
  const user = (req as unknown as AuthedRequest).user;
  try {
    const pageSize = req.query.take ? Number(req.query.take) : 10;
    const skip = req.query.skip ? Number(req.query.skip) : 0;

    let statusFilter: string[];
    switch (req.query.filter) {
      case 'won':
        statusFilter = ['won'];
        break;
      case 'open':
        statusFilter = ['new', 'contacted'];
        break;
      default:
        statusFilter = ['new', 'contacted', 'won', 'lost'];
    }

    let query = getRepository(Lead)
      .createQueryBuilder('lead')
      .leftJoinAndSelect('lead.outputs', 'output')
      .where('lead.status IN (:...statuses)', { statuses: statusFilter });

    if (!user?.isAdmin) {
      query = query.andWhere('lead.userId = :id', { id: user?.id });
    }
    if (req.query.since) {
      query = query.andWhere('lead.createdAt >= :since', { since: new Date(String(req.query.since)) });
    }

    const [leads, leadCount] = await query.orderBy('lead.id', 'DESC').take(pageSize).skip(skip).getManyAndCount(); // expect: scans-all [to37a]

    return res.status(200).json({ pageInfo: { pages: Math.ceil(leadCount / pageSize), pageSize, results: leadCount }, results: leads });
  } catch (e) {
    next(e);
  }
});

leadRoutes.get('/count', async (req, res) => {
  const user = (req as unknown as AuthedRequest).user;
  const leadRepository = getRepository(Lead);
  const lastWeek = await leadRepository.count({ where: { userId: user?.id, createdAt: lastNDays(7) } }); // expect: prunes [to37f] cross
  return res.status(200).json({ lastWeek });
});

leadRoutes.get('/recent', async (req, res) => {
  const user = (req as unknown as AuthedRequest).user;
  const leads = await getRepository(Lead).find({ where: { userId: user?.id, createdAt: lastNDays(30) }, order: { createdAt: 'DESC' } }); // expect: prunes [to37h] cross
  return res.status(200).json({ results: leads });
});

leadRoutes.get('/:leadId', async (req, res, next) => {
  const lead = await Lead.getLead(req.params.leadId); // expect: scans-all [to37b] cross
  if (!lead) return next({ status: 404, message: 'Lead not found.' });
  return res.status(200).json(lead);
});

leadRoutes.post('/:leadId/:status', async (req, res, next) => {
  const leadRepository = getRepository(Lead);
  const lead = await leadRepository.findOneBy({ id: req.params.leadId, createdAt: new Date(String(req.query.createdAt)) }); // expect: prunes [to37g]
  if (!lead) return next({ status: 404, message: 'Lead not found.' });

  lead.status = req.params.status;
  await leadRepository.save(lead); // expect: scans-all [to37c]

  await getRepository(AgentOutput).delete({ leadId: lead.id, createdAt: MoreThanOrEqual(lead.createdAt) }); // expect: prunes [to37d]
  return res.status(200).json(lead);
});

export default leadRoutes;
