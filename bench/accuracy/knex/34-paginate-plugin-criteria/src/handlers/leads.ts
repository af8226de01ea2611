import type { Request, Response } from 'express';
import { findLeads, leadsOfCampaign, leadsOfUserInRange, recentLeadByEmail } from '../repositories/leads';

export async function campaignLeads(req: Request, res: Response) {
  const { data, pagination } = await leadsOfCampaign(Number(req.params.id), Number(req.query.page ?? 1)); // expect: scans-all [kx34a] cross
  res.json({ data, pagination });
}

export async function rangeLeads(req: Request, res: Response) {
  const result = await leadsOfUserInRange(Number(req.params.userId), new Date(String(req.query.from)), new Date(String(req.query.to)), 1); // expect: prunes [kx34b] cross
  res.json(result);
}

export async function wonLeads(req: Request, res: Response) {
  res.json(await findLeads(Number(req.params.userId), 'won')); // expect: scans-all [kx34c] cross
}

export async function byEmail(req: Request, res: Response) {
  const since = new Date(Date.now() - 90 * 86_400_000);
  res.json(await recentLeadByEmail(String(req.query.email), since)); // expect: prunes [kx34d] cross
}
