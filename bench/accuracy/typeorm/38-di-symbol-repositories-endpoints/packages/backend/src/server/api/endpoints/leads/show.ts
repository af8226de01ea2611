import { Inject, Injectable } from '@nestjs/common';
import { QueryService } from '../../../../core/QueryService';
import { DI } from '../../../../di-symbols';
import type { LeadsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['leads'], requireCredential: true } as const;
export const paramDef = { type: 'object', properties: { leadId: { type: 'string' } }, required: ['leadId'] } as const;

@Injectable()
export default class extends Endpoint<{ leadId: string }> {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,

    private queryService: QueryService,
  ) {
    super(meta, paramDef, async (ps) => {
      const lead = await this.leadsRepository.findOneBy({ id: ps.leadId }); // expect: scans-all [to38c]
      if (lead == null) throw new Error('NO_SUCH_LEAD');

      const recentOutputs = await this.queryService.generateRecentOutputsQuery(lead.id, new Date(Date.now() - 86_400_000)).limit(10).getMany(); // expect: prunes [to38g] cross
      return { ...lead, recentOutputs };
    });
  }
}
