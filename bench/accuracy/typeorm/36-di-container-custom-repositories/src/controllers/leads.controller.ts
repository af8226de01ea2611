import { Container } from '@n8n/di';
import type { Request, Response } from 'express';
import { LeadRepository } from '../databases/repositories/lead.repository';
import { LeadService } from '../services/lead.service';

type AuthenticatedRequest = Request & { user: { id: string } };

export class LeadsController {
  private readonly leadService = Container.get(LeadService);

  async getMany(req: AuthenticatedRequest, res: Response) {
    res.json(await this.leadService.findMany(req.user.id, req.query as { since?: string; lastId?: string }));
  }

  async getOne(req: AuthenticatedRequest, res: Response) {
    res.json(await this.leadService.findLead(req.params.id!, req.user.id));
  }

  async latest(req: AuthenticatedRequest, res: Response) {
    const leads = await Container.get(LeadRepository).find({ where: { userId: req.user.id }, take: 20, order: { id: 'DESC' } }); // expect: scans-all [to36d]
    res.json(leads);
  }
}
