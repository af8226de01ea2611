import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types';

export class LeadRepository {
  constructor(private readonly db: Kysely<DB>) {}

  countInMonth(month: string) {
    return this.db
      .selectFrom('leads')
      .select(sql<number>`count(*)`.as('n'))
      .where(sql`date_trunc('month', created_at)`, '=', sql`${month}::timestamptz`);
  }

  byKey(id: number, createdAt: Date) {
    return this.db.selectFrom('leads').selectAll().where('id', '=', id).where('created_at', '=', createdAt);
  }

  purgeBefore(cutoff: Date) {
    return this.db.deleteFrom('leads').where('created_at', '<', cutoff).returning('id');
  }
}

export class OutputRepository {
  constructor(private readonly db: Kysely<DB>) {}

  archiveForCampaign(campaignId: number) {
    return this.db
      .updateTable('agent_outputs')
      .set({ kind: 'archived' })
      .where('lead_id', 'in', (eb) => eb.selectFrom('leads').select('leads.id').where('leads.campaign_id', '=', campaignId));
  }
}
