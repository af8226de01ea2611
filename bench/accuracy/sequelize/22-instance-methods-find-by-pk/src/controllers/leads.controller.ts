import type { Request, Response } from 'express';
import { Op } from 'sequelize';
import { Lead } from '../models/lead';

export async function show(req: Request, res: Response) {
  const lead = await Lead.findByPk(req.params.id); // expect: scans-all [sq22a]
  res.json(lead);
}

export async function rename(req: Request, res: Response) {
  const lead = await Lead.findOne({ where: { id: req.params.id, createdAt: new Date(String(req.query.createdAt)) } }); // expect: prunes [sq22b]
  if (!lead) return res.sendStatus(404);
  lead.company = String(req.body.company);
  await lead.save(); // expect: scans-all [sq22c]
  return res.json(lead);
}

export async function refresh(req: Request, res: Response) {
  const lead = await Lead.findOne({ where: { email: String(req.query.email), createdAt: { [Op.gte]: new Date(Date.now() - 86_400_000) } } }); // expect: prunes [sq22d]
  if (!lead) return res.sendStatus(404);
  await lead.reload(); // expect: scans-all [sq22e]
  return res.json(lead);
}

export async function bulkStatus(req: Request, res: Response) {
  const [n] = await Lead.update({ status: String(req.body.status) }, { where: { id: { [Op.in]: req.body.ids as number[] }, createdAt: { [Op.gte]: new Date(String(req.body.since)) } } }); // expect: prunes [sq22f]
  res.json({ n });
}
