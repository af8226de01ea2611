import { Injectable } from '@nestjs/common';
import { Kysely } from 'kysely';
import { InjectKysely } from 'nestjs-kysely';
import { DummyValue, GenerateSql } from 'src/decorators';
import { DB } from 'src/schema';

@Injectable()
export class AgentOutputRepository {
  constructor(@InjectKysely() private db: Kysely<DB>) {}

  @GenerateSql({ params: [DummyValue.UUID, DummyValue.DATE] })
  getByLead(leadId: string, since: Date) {
    return this.db
      .selectFrom('agent_outputs')
      .selectAll()
      .where('lead_id', '=', leadId)
      .where('created_at', '>=', since)
      .orderBy('created_at', 'desc')
      .execute(); // expect: prunes [ky42f]
  }

  async deleteAll(leadIds: string[]) {
    await this.db.deleteFrom('agent_outputs').where('lead_id', 'in', leadIds).execute(); // expect: scans-all [ky42g]
  }

  @GenerateSql({ params: [DummyValue.DATE] })
  async removeBefore(before: Date) {
    await this.db.deleteFrom('agent_outputs').where('created_at', '<', before).execute(); // expect: prunes [ky42h]
  }
}
