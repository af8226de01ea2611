import type { Request, Response } from 'express';
import AgentOutput from '../models/agent-output';
import Campaign from '../models/campaign';
import Lead from '../models/lead';

type Authed = Request & { user: { id: number } };

export async function index(req: Request, res: Response) {
  const leads = await Lead.find({ user_id: (req as Authed).user.id }); // expect: scans-all [kx32a] cross
  res.json(leads);
}

export async function show(req: Request, res: Response) {
  const lead = await Lead.find({ id: Number(req.params.id), created_at: new Date(String(req.query.at)) }); // expect: prunes [kx32b] cross
  res.json(lead[0] ?? null);
}

export async function setStatus(req: Request, res: Response) {
  const [lead] = await Lead.update(Number(req.params.id), { status: req.body.status }); // expect: scans-all [kx32c] cross
  res.json(lead);
}

export async function output(req: Request, res: Response) {
  res.json(await AgentOutput.findById(Number(req.params.outputId))); // expect: scans-all [kx32d] cross
}

export async function campaigns(req: Request, res: Response) {
  res.json(await Campaign.find({ user_id: (req as Authed).user.id })); // expect: prunes [kx32e] cross
}
