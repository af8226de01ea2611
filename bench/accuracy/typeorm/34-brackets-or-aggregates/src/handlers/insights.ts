import type { Request, Response } from 'express';
import { followUpsQuery, lastLeadAt, leadsOnDays, twoWindowsQuery } from '../repositories/lead-queries';

export async function followUps(req: Request, res: Response) {
  res.json(await followUpsQuery(String(req.params.userId), new Date(Date.now() - 7 * 86_400_000)).getMany()); // expect: scans-all [to34a] cross
}

export async function windows(req: Request, res: Response) {
  const a = { from: new Date(String(req.query.af)), to: new Date(String(req.query.at)) };
  const b = { from: new Date(String(req.query.bf)), to: new Date(String(req.query.bt)) };
  res.json(await twoWindowsQuery(a, b).getMany()); // expect: prunes [to34b] cross
}

export async function last(req: Request, res: Response) {
  res.json({ at: await lastLeadAt(String(req.params.userId)) }); // expect: scans-all [to34c] cross
}

export async function days(req: Request, res: Response) {
  res.json(await leadsOnDays(String(req.query.days).split(',').map((d) => new Date(d)))); // expect: prunes [to34d] cross
}
