import type { Response } from "express";
import { getUser, userDbMgr, type AppRequest } from "./util";

const DAY = 24 * 60 * 60 * 1000;

export async function listLeads(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  const user = getUser(req);
  const leads = await mgr.listLeadsForUser(user.id, { limit: Number(req.query.limit) || 100 }); // expect: scans-all [to49c] cross
  res.json({ leads });
}

// The dashboard widget: what came in during the last week, closed ones included.
export async function listRecentLeads(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  const user = getUser(req);
  const leads = await mgr.listLeadsForUser(user.id, {
    createdAtGt: new Date(Date.now() - 7 * DAY),
    includeClosed: true,
  }); // expect: prunes [to49d] cross
  res.json({ leads });
}

export async function getLead(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  const lead = req.query.createdAt
    ? await mgr.getLeadByKey(req.params.leadId, new Date(String(req.query.createdAt)))
    : await mgr.getLeadById(req.params.leadId);
  const outputs = await mgr.getOutputsForLead(lead);
  res.json({ lead, outputs });
}

export async function updateLead(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  await mgr.updateLead(req.params.leadId, new Date(req.body.createdAt), { status: req.body.status });
  res.json({});
}

export async function closeLead(req: AppRequest, res: Response) {
  await userDbMgr(req).closeLead(req.params.leadId);
  res.json({});
}

export async function leadStats(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  const user = getUser(req);
  const since = new Date(Date.now() - 30 * DAY);
  const [byStatus, withOutputs, campaigns] = await Promise.all([
    mgr.countLeadsByStatus(user.id, since),
    mgr.getLeadsWithOutputs(user.id, since),
    mgr.listCampaignsForUser(user.id),
  ]);
  const outputs = await mgr.getOutputsForLeadIds(withOutputs.map((l) => l.id));
  res.json({ byStatus, withOutputs, campaigns, outputs });
}

export async function getCampaign(req: AppRequest, res: Response) {
  const mgr = userDbMgr(req);
  const user = getUser(req);
  res.json({ campaign: await mgr.getCampaignForUser(req.params.campaignId, user.id) });
}
