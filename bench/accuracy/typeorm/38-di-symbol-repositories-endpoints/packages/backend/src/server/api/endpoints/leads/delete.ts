import { Inject, Injectable } from '@nestjs/common';
import { LeadDeleteService } from '../../../../core/LeadDeleteService';
import { DI } from '../../../../di-symbols';
import type { LeadsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['leads'], requireCredential: true, kind: 'write:leads' } as const;
export const paramDef = { type: 'object', properties: { leadId: { type: 'string' }, createdAt: { type: 'string' } }, required: ['leadId', 'createdAt'] } as const;

@Injectable()
export default class extends Endpoint<{ leadId: string; createdAt: string }> {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,

    private leadDeleteService: LeadDeleteService,
  ) {
    super(meta, paramDef, async (ps, me) => {
      const lead = await this.leadsRepository.findOneBy({ id: ps.leadId, createdAt: new Date(ps.createdAt), userId: me.id }); // expect: prunes [to38i]
      if (lead == null) throw new Error('NO_SUCH_LEAD');
      await this.leadDeleteService.delete(lead);
    });
  }
}
