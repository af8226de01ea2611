import type { Request, Response } from 'express';
import { Lead } from '../entities/lead.entity';

export async function recent(req: Request, res: Response) {
  res.json(await Lead.findRecentOfUser(String(req.params.userId), new Date(Date.now() - 7 * 86_400_000))); // expect: prunes [to23a] cross
}

export async function all(req: Request, res: Response) {
  res.json(await Lead.findOfUser(String(req.params.userId)).orderBy('lead.id', 'DESC').getMany()); // expect: scans-all [to23b] cross
}

export async function one(req: Request, res: Response) {
  const lead = await Lead.findOneBy({ id: req.params.id }); // expect: scans-all [to23c]
  res.json(lead);
}

export async function dated(req: Request, res: Response) {
  const lead = await Lead.findOneByOrFail({ id: req.params.id, createdAt: new Date(String(req.query.createdAt)) }); // expect: prunes [to23d]
  lead.status = String(req.body.status);
  await lead.save(); // expect: scans-all [to23e]
  res.json(lead);
}
