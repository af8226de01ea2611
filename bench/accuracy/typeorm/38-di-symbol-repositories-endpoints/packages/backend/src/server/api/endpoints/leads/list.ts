import { Inject, Injectable } from '@nestjs/common';
import { QueryService } from '../../../../core/QueryService';
import { DI } from '../../../../di-symbols';
import type { LeadsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['leads'], requireCredential: true } as const;
export const paramDef = { type: 'object', properties: { limit: { type: 'integer', default: 10 }, sinceId: { type: 'string' }, untilId: { type: 'string' } } } as const;

interface Ps {
  limit: number;
  sinceId?: string;
  untilId?: string;
}

@Injectable()
export default class extends Endpoint<Ps> {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,

    private queryService: QueryService,
  ) {
    super(meta, paramDef, async (ps, me) => {
      const query = this.queryService.makePaginationQuery(this.leadsRepository.createQueryBuilder('lead'), ps.sinceId, ps.untilId).andWhere('lead.userId = :meId', { meId: me.id });

      const leads = await query.limit(ps.limit).getMany(); // expect: scans-all [to38a] cross
      return leads;
    });
  }
}
