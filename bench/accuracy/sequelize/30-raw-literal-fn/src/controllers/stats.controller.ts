import type { Request, Response } from 'express';
import { statsRepository } from '../repositories/stats.repository';

export async function daily(req: Request, res: Response) {
  res.json(await statsRepository.dailyCounts(Number(req.params.userId), new Date(String(req.query.since)))); // expect: prunes [sq30a] cross
}

export async function withCounts(req: Request, res: Response) {
  res.json(await statsRepository.leadsWithOutputCount(Number(req.params.userId), new Date(String(req.query.since)))); // expect: scans-all [sq30b] cross
}

export async function month(req: Request, res: Response) {
  res.json(await statsRepository.leadsOfMonth(String(req.query.month))); // expect: scans-all [sq30c] cross
}

export async function rangeCount(req: Request, res: Response) {
  res.json({ n: await statsRepository.countInRange(Number(req.params.userId), new Date(String(req.query.from)), new Date(String(req.query.to))) }); // expect: prunes [sq30d] cross
}
