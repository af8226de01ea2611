import type { Request, Response } from 'express';
import { Lead } from './models/Lead';

export async function index(req: Request, res: Response) {
  const page = Number(req.query.page ?? 0);
  const result = await Lead.query().modify('ofStatus', 'new').orderBy('id', 'desc').page(page, 25); // expect: scans-all [ob20a]
  res.json(result);
}

export async function month(req: Request, res: Response) {
  const from = new Date(String(req.query.from));
  const to = new Date(from.getFullYear(), from.getMonth() + 1, 1);
  const leads = await Lead.query().modify('createdWithin', from, to).modify('ofStatus', 'won'); // expect: prunes [ob20b] cross
  res.json(leads);
}

export async function show(req: Request, res: Response) {
  const lead = await Lead.query().findOne({ id: Number(req.params.id), created_at: new Date(String(req.query.createdAt)) }); // expect: prunes [ob20c]
  if (!lead) return res.sendStatus(404);
  const emails = await lead.$relatedQuery('outputs').where('kind', 'email'); // expect: scans-all [ob20d]
  const recent = await lead.$relatedQuery('outputs').where('created_at', '>=', lead.created_at); // expect: prunes [ob20e]
  return res.json({ lead, emails, recent });
}
