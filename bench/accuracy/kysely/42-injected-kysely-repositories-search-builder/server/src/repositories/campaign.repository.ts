import { Injectable } from '@nestjs/common';
import { Kysely } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import { DB } from 'src/schema';

@Injectable()
export class CampaignRepository {
  constructor(@InjectKysely() private db: Kysely<DB>) {}

  getOwned(userId: string, withArchived = false) {
    return this.db
      .selectFrom('campaigns')
      .selectAll()
      .where('user_id', '=', userId)
      .$if(!withArchived, (qb) => qb.where('archived', '=', false))
      .orderBy('name', 'asc')
      .execute(); // expect: prunes [ky42l]
  }
}
