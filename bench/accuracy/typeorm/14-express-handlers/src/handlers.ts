import type { Request, Response } from 'express';
import { MoreThanOrEqual } from 'typeorm';
import { AppDataSource } from './data-source';
import { Campaign } from './entities/campaign.entity';
import { Lead } from './entities/lead.entity';

export async function listCampaigns(req: Request, res: Response) {
  const campaigns = await AppDataSource.getRepository(Campaign).find({ where: { userId: String(req.params.userId) } }); // expect: prunes [to14a]
  res.json(campaigns);
}

export async function listLeads(req: Request, res: Response) {
  const repo = AppDataSource.getRepository(Lead);
  const leads = await repo.find({ where: { status: String(req.query.status) }, take: 50 }); // expect: scans-all [to14b]
  res.json(leads);
}

export async function recentLeads(req: Request, res: Response) {
  const repo = AppDataSource.getRepository(Lead);
  res.json(await repo.find({ where: { createdAt: MoreThanOrEqual(new Date(String(req.query.since))) } })); // expect: prunes [to14c]
}
