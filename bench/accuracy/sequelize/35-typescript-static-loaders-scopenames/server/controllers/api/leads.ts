import type express from 'express';
import { sequelizeTypescript } from '../../initializers/database';
import { AgentOutputModel } from '../../models/lead/agent-output';
import { LeadModel } from '../../models/lead/lead';

type Locals = { oauth: { token: { User: { id: number } } } };

export async function listLeads(req: express.Request, res: express.Response<unknown, Locals>) {
  const user = res.locals.oauth.token.User;
  const resultList = await LeadModel.listForApi({
    start: Number(req.query.start ?? 0),
    count: Number(req.query.count ?? 15),
    sort: String(req.query.sort ?? '-createdAt'),
    userId: user.id,
    search: req.query.search as string | undefined,
  }); // expect: scans-all [sq35b] cross
  return res.json(resultList);
}

export async function listRecentLeads(_req: express.Request, res: express.Response<unknown, Locals>) {
  const leads = await LeadModel.listRecentForUser(res.locals.oauth.token.User.id); // expect: prunes [sq35c] cross
  return res.json({ total: leads.length, data: leads });
}

export async function qualifyLead(req: express.Request, res: express.Response<unknown, Locals>) {
  const user = res.locals.oauth.token.User;

  const result = await sequelizeTypescript.transaction(async (t) => {
    const lead = await LeadModel.loadByIdAndUser(Number(req.params.id), user.id, t); // expect: scans-all [sq35a] cross
    if (!lead) return null;

    const outputs = await AgentOutputModel.listByLead(lead.id, t); // expect: scans-all [sq35e] cross
    lead.status = outputs.length > 0 ? 'qualified' : 'new';
    await lead.save({ transaction: t }); // expect: scans-all [sq35f]
    return lead;
  });

  if (!result) return res.sendStatus(404);
  return res.json(result);
}
