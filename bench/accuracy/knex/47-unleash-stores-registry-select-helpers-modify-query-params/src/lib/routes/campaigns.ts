import type { Request, Response } from 'express';
import type { IUnleashStores } from '../db/index';

export class CampaignController {
  constructor(private readonly stores: IUnleashStores) {}

  async getCampaigns(req: Request & { user: { id: number } }, res: Response): Promise<void> {
    const campaigns = await this.stores.campaignStore.getAllForUser(req.user.id);
    res.json({ campaigns });
  }

  async archiveCampaign(req: Request, res: Response): Promise<void> {
    const id = Number(req.params.id);
    if (!(await this.stores.campaignStore.exists(id))) {
      res.status(404).end();
      return;
    }
    await this.stores.campaignStore.archive(id);
    res.status(202).end();
  }

  async latestOutput(req: Request, res: Response): Promise<void> {
    res.json(await this.stores.agentOutputStore.getLatest(Number(req.params.leadId)));
  }
}
