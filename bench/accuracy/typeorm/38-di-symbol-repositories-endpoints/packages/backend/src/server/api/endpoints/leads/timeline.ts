import { Inject, Injectable } from '@nestjs/common';
import { QueryService } from '../../../../core/QueryService';
import { DI } from '../../../../di-symbols';
import type { LeadsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['leads'], requireCredential: true } as const;
export const paramDef = { type: 'object', properties: { limit: { type: 'integer', default: 10 }, days: { type: 'integer', default: 7 } } } as const;

@Injectable()
export default class extends Endpoint<{ limit: number; days: number }> {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,

    private queryService: QueryService,
  ) {
    super(meta, paramDef, async (ps, me) => {
      const untilDate = Date.now();
      const sinceDate = untilDate - ps.days * 86_400_000;
      const query = this.queryService.makePaginationQuery(this.leadsRepository.createQueryBuilder('lead'), null, null, sinceDate, untilDate);
      this.queryService.generateOwnedQuery(query, me);

      return await query.limit(ps.limit).getMany(); // expect: prunes [to38b] cross
    });
  }
}
