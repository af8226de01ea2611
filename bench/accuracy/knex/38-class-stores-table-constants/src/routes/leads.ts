import type { Request, Response } from 'express';
import type { LeadService } from '../services/lead-service';
import type { IUnleashStores } from '../types/stores';

export class LeadController {
  constructor(
    private leadService: LeadService,
    private stores: IUnleashStores,
  ) {}

  async getLeads(req: Request & { user: { id: number } }, res: Response): Promise<void> {
    const leads = await this.leadService.getLeads(req.user.id); // expect-also: [kx38a]
    const open = await this.leadService.countOpen(req.user.id); // expect-also: [kx38d]
    res.json({ leads, open });
  }

  async getOutputs(req: Request, res: Response): Promise<void> {
    const outputs = await this.stores.agentOutputStore.getForLead(Number(req.params.id)); // expect: scans-all [kx38e] cross
    res.json({ outputs });
  }

  async cleanup(_req: Request, res: Response): Promise<void> {
    res.json({ expired: await this.stores.agentOutputStore.countOlderThan(90) });
  }
}
