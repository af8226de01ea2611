import type { Kysely } from 'kysely';
import type { DB } from './types';

export class OutputsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async forLead(leadId: number) {
    return this.db.selectFrom('agent_outputs').selectAll().where('lead_id', '=', leadId).orderBy('created_at', 'desc').execute(); // expect: scans-all [ky09a]
  }

  async forLeadSince(leadId: number, since: Date) {
    return this.db.selectFrom('agent_outputs').selectAll().where('lead_id', '=', leadId).where('created_at', '>=', since).execute(); // expect: prunes [ky09b]
  }
}
