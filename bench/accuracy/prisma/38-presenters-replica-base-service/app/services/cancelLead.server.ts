import type { Lead } from '@prisma/client';
import { BaseService } from './baseService.server';

export class CancelLeadService extends BaseService {
  public async call(lead: Pick<Lead, 'id' | 'createdAt'>) {
    await this._prisma.lead.update({
      where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } },
      data: { status: 'cancelled' },
    }); // expect: prunes [pr38c]

    await this._prisma.agentOutput.updateMany({
      where: { leadId: lead.id },
      data: { kind: 'cancelled' },
    }); // expect: scans-all [pr38d]
  }
}
