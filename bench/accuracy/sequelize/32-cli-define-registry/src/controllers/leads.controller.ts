import type { Request, Response } from 'express';
import { Op } from 'sequelize';
import db from '../models';

export async function newLeads(_req: Request, res: Response) {
  res.json(await db.Lead.findAll({ where: { status: 'new' } })); // expect: scans-all [sq32a]
}

export async function myRecentLeads(req: Request, res: Response) {
  const userId = Number(req.params.userId);
  const since = new Date(Date.now() - 30 * 86_400_000);
  const leads = await db.Lead.findAll({
    where: { userId, createdAt: { [Op.gte]: since } },
    include: [{ model: db.Campaign, as: 'campaign', where: { userId } }],
  }); // expect: prunes [sq32b]
  res.json(leads);
}

export async function relabelOutputs(req: Request, res: Response) {
  const [n] = await db.AgentOutput.update({ kind: req.body.kind }, { where: { leadId: req.body.leadIds } }); // expect: scans-all [sq32c]
  res.json({ n });
}

export async function purgeOutputs(_req: Request, res: Response) {
  const cutoff = new Date(Date.now() - 365 * 86_400_000);
  res.json({ n: await db.AgentOutput.destroy({ where: { createdAt: { [Op.lt]: cutoff } } }) }); // expect: prunes [sq32d]
}
