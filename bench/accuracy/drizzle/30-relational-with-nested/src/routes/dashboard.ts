import type { Request, Response } from 'express';
import { leadsWithRecentOutputs, outputsOfLead, recentLeadsOnly, recentLeadsWithOutputs } from '../queries/leads';

const weekAgo = () => new Date(Date.now() - 7 * 86_400_000);

export async function dashboard(req: Request, res: Response) {
  const userId = Number(req.headers['x-user-id']);
  const all = await leadsWithRecentOutputs(userId, weekAgo()); // expect: scans-all [dz30a] cross
  const recent = await recentLeadsWithOutputs(userId, weekAgo()); // expect: scans-all [dz30b] cross
  res.json({ all, recent });
}

export async function timeline(req: Request, res: Response) {
  res.json(await outputsOfLead(Number(req.params.id), weekAgo())); // expect: prunes [dz30c] cross
}

export async function recentList(req: Request, res: Response) {
  res.json(await recentLeadsOnly(Number(req.headers['x-user-id']), weekAgo())); // expect: scans-all [dz30d] cross
}
