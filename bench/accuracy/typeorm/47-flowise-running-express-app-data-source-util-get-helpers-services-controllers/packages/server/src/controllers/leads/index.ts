import type { NextFunction, Request, Response } from 'express';
import leadsService from '../../services/leads';

const getAllLeads = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const { startDate, endDate, campaignId, sortOrder } = req.query as Record<string, string | undefined>;
    const userId = req.user!.id;
    let apiResponse;
    if (campaignId) apiResponse = await leadsService.getLeadsForCampaign(userId, campaignId);
    else if (startDate && endDate) apiResponse = await leadsService.getLeadsForExport(userId, startDate, endDate);
    else apiResponse = await leadsService.getAllLeads(userId, sortOrder);
    return res.json(apiResponse);
  } catch (error) {
    next(error);
  }
};

const getLeadById = async (req: Request, res: Response, next: NextFunction) => {
  try {
    return res.json(await leadsService.getLeadById(req.params.id!));
  } catch (error) {
    next(error);
  }
};

const updateLead = async (req: Request, res: Response, next: NextFunction) => {
  try {
    return res.json(await leadsService.updateLead(req.params.id!, req.body));
  } catch (error) {
    next(error);
  }
};

const deleteLead = async (req: Request, res: Response, next: NextFunction) => {
  try {
    return res.json(await leadsService.deleteLead(req.params.id!));
  } catch (error) {
    next(error);
  }
};

const getAgentOutputs = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const apiResponse = req.query.recent
      ? await leadsService.getRecentAgentOutputs(req.params.id!)
      : await leadsService.getAgentOutputs(req.params.id!, (req.query.kinds as string | undefined)?.split(','));
    return res.json(apiResponse);
  } catch (error) {
    next(error);
  }
};

declare module 'express-serve-static-core' {
  interface Request {
    user?: { id: string };
  }
}

export default { getAllLeads, getLeadById, updateLead, deleteLead, getAgentOutputs };
