import type { Request, Response } from 'express';
import query from '../queries';

type AuthedRequest = Request & { user: { id: number }; context: { limit: number; skip: number } };

export async function get(req: AuthedRequest, res: Response) {
  const { limit, skip } = req.context;
  const search = typeof req.query.search === 'string' ? req.query.search : undefined;
  const match = { user_id: req.user.id };

  const [data, total] = await Promise.all([
    query.lead.get(match, { limit, skip, search }), // expect: scans-all [kx36a] cross
    query.lead.total(match, { search }), // expect: scans-all [kx36b] cross
  ]);

  res.send({ total, limit, skip, data });
}

export async function weekly(req: AuthedRequest, res: Response) {
  const since = new Date(Date.now() - 7 * 86_400_000);
  const created = await query.lead.total({ user_id: req.user.id, created_at: ['>=', since] }); // expect: prunes [kx36c] cross
  res.send({ created, days: await query.stat.perDay(req.user.id, since) });
}

export async function remove(req: AuthedRequest, res: Response) {
  const lead = await query.lead.find({ id: Number(req.params.id), user_id: req.user.id }); // expect: scans-all [kx36d] cross
  if (!lead) return res.status(404).send({ error: 'Could not find the lead.' });

  await query.lead.remove({ id: lead.id, created_at: lead.created_at }); // expect: prunes [kx36f] cross
  return res.status(200).send({ message: 'Lead has been deleted successfully.' });
}
