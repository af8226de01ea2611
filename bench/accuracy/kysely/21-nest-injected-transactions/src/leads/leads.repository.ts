import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../types';

@Injectable()
export class LeadsRepository {
  constructor(@InjectKysely() private readonly db: Kysely<DB>) {}

  async close(id: number, createdAt: Date) {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('leads').set({ status: 'closed' }).where('id', '=', id).execute(); // expect: scans-all [ky21a]
      await trx.deleteFrom('agent_outputs').where('lead_id', '=', id).where('created_at', '>=', createdAt).execute(); // expect: prunes [ky21b]
    });
  }

  getCampaign(id: number) {
    return this.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirstOrThrow(); // expect: scans-all [ky21c]
  }

  getUserCampaign(userId: number, id: number) {
    return this.db.selectFrom('campaigns').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst(); // expect: prunes [ky21d]
  }

  outputsOf(leadId: number) {
    return this.db.selectFrom('agent_outputs').selectAll().where('lead_id', '=', leadId);
  }
}
