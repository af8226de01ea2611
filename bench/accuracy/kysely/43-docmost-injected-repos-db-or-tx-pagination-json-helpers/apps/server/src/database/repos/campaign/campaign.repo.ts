import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { KyselyDB, KyselyTransaction } from '../../types/kysely.types';
import { dbOrTx, executeTx } from '../../utils';

@Injectable()
export class CampaignRepo {
  constructor(@InjectKysely() private readonly db: KyselyDB) {}

  async findById(campaignId: string, userId: string, trx?: KyselyTransaction) {
    const db = dbOrTx(this.db, trx);
    return db
      .selectFrom('campaigns')
      .selectAll()
      .where('id', '=', campaignId)
      .where('userId', '=', userId)
      .executeTakeFirst(); // expect: prunes [ky43k]
  }

  private ofUser(userId: string) {
    return this.db.selectFrom('campaigns').selectAll().where('userId', '=', userId);
  }

  async getActive(userId: string) {
    return this.ofUser(userId).where('archived', '=', false).orderBy('name', 'asc').execute(); // expect: prunes [ky43l] cross
  }

  async deleteCampaign(campaignId: string): Promise<void> {
    await executeTx(this.db, async (trx) => {
      await trx
        .updateTable('leads')
        .set({ campaignId: null })
        .where('campaignId', '=', campaignId)
        .execute(); // expect: scans-all [ky43n]
      await trx.deleteFrom('campaigns').where('id', '=', campaignId).execute(); // expect: scans-all [ky43m]
    });
  }
}
