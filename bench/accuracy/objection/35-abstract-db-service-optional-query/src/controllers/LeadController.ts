import type { Request, Response } from 'express';
import Lead from '../models/Lead';
import AgentOutputService from '../services/AgentOutputService';
import LeadService from '../services/LeadService';

type AuthedRequest = Request & { user: { id: number } };

export default class LeadController {
  static async index(req: AuthedRequest, res: Response) {
    const leads = await LeadService.findAll(Lead.query().where('user_id', req.user.id).modify('withStatus', String(req.query.status ?? 'new'))); // expect: scans-all [ob35a] cross
    res.json(leads);
  }

  static async recent(req: AuthedRequest, res: Response) {
    const leads = await LeadService.findAll(Lead.query().where('user_id', req.user.id).modify('createdWithin', 7)); // expect: prunes [ob35b] cross
    res.json(leads);
  }

  static async all(_req: AuthedRequest, res: Response) {
    res.json(await LeadService.findAll()); // expect: scans-all [ob35f] cross
  }

  static async show(req: AuthedRequest, res: Response) {
    const lead = await LeadService.findById(Number(req.params.id)); // expect: scans-all [ob35c] cross
    res.json(lead);
  }

  static async showAt(req: AuthedRequest, res: Response) {
    const lead = await LeadService.findById(Number(req.params.id), Lead.query().where('created_at', new Date(String(req.query.at)))); // expect: prunes [ob35d] cross
    res.json(lead);
  }

  static async destroyOutput(req: AuthedRequest, res: Response) {
    await AgentOutputService.deleteById(Number(req.params.outputId)); // expect: scans-all [ob35e] cross
    res.status(204).end();
  }
}
