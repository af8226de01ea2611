import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { KyselyDB, KyselyTransaction } from '../../types/kysely.types';
import { dbOrTx } from '../../utils';

@Injectable()
export class AgentOutputRepo {
  constructor(@InjectKysely() private readonly db: KyselyDB) {}

  async findByLead(leadId: string, trx?: KyselyTransaction) {
    const db = dbOrTx(this.db, trx);
    return db
      .selectFrom('agentOutputs')
      .selectAll()
      .where('leadId', '=', leadId)
      .orderBy('createdAt', 'desc')
      .execute(); // expect: scans-all [ky43g]
  }

  async deleteOlderThan(cutoff: Date) {
    return this.db
      .deleteFrom('agentOutputs')
      .where('createdAt', '<', cutoff)
      .executeTakeFirst(); // expect: prunes [ky43i] cross
  }
}
