import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import type { KyselyDB, KyselyTransaction } from '../../types/kysely.types';
import { dbOrTx } from '../../utils';

@Injectable()
export class AgentOutputRepo {
  constructor(@InjectKysely() private readonly db: KyselyDB) {}

  lastOutputQuery(leadId: number, trx?: KyselyTransaction) {
    const db = dbOrTx(this.db, trx);

    return db.selectFrom('agentOutputs').selectAll().where('leadId', '=', leadId).limit(1).orderBy('createdAt', 'desc');
  }

  async deleteOutputsOfLead(leadId: number, since: Date, trx?: KyselyTransaction) {
    const db = dbOrTx(this.db, trx);
    await db.deleteFrom('agentOutputs').where('leadId', '=', leadId).where('createdAt', '>=', since).execute(); // expect: prunes [ky36e]
  }
}
