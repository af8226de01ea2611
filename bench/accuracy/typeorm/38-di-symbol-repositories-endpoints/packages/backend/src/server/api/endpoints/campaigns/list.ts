import { Inject, Injectable } from '@nestjs/common';
import { DI } from '../../../../di-symbols';
import type { CampaignsRepository } from '../../../../models/_';
import { Endpoint } from '../../endpoint-base';

export const meta = { tags: ['campaigns'], requireCredential: true } as const;
export const paramDef = { type: 'object', properties: {} } as const;

@Injectable()
export default class extends Endpoint<Record<string, never>> {
  constructor(
    @Inject(DI.campaignsRepository)
    private campaignsRepository: CampaignsRepository,
  ) {
    super(meta, paramDef, async (_ps, me) => {
      return await this.campaignsRepository.findBy({ userId: me.id, archived: false }); // expect: prunes [to38f]
    });
  }
}
