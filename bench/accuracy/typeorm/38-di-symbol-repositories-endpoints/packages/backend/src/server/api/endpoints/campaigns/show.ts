import { Inject, Injectable } from '@nestjs/common';
import { QueryService } from '../../../../core/QueryService';
import { DI } from '../../../../di-symbols';
import type { CampaignsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['campaigns'], requireCredential: true } as const;
export const paramDef = { type: 'object', properties: { campaignId: { type: 'string' } }, required: ['campaignId'] } as const;

@Injectable()
export default class extends Endpoint<{ campaignId: string }> {
  constructor(
    @Inject(DI.campaignsRepository)
    private campaignsRepository: CampaignsRepository,

    private queryService: QueryService,
  ) {
    super(meta, paramDef, async (ps, me) => {
      const query = this.queryService.generateOwnedQuery(this.campaignsRepository.createQueryBuilder('campaign'), me).andWhere('campaign.id = :id', { id: ps.campaignId });
      return await query.getOne(); // expect: prunes [to38j] cross
    });
  }
}
