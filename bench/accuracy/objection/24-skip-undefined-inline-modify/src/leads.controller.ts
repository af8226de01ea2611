import type { Request, Response } from 'express';
import { LeadRepository } from './leads.repository';

const repo = new LeadRepository();

export async function index(req: Request, res: Response) {
  const since = req.query.since ? new Date(String(req.query.since)) : undefined;
  res.json(await repo.search({ userId: Number(req.query.userId), since })); // expect: scans-all [ob24a] cross
}

export async function window(req: Request, res: Response) {
  res.json(await repo.inWindow(new Date(String(req.query.from)), new Date(String(req.query.to)), req.query.status as string | undefined)); // expect: prunes [ob24b] cross
}

export async function outputs(req: Request, res: Response) {
  res.json(await repo.outputsOfKind(String(req.query.kind)).limit(50)); // expect: scans-all [ob24c] cross
}
