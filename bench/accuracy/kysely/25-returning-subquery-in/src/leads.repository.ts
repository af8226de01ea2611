import type { Kysely } from 'kysely';
import type { DB } from './types';

export function leadsRepository(db: Kysely<DB>) {
  return {
    setStatus(id: number, createdAt: Date, status: string) {
      return db.updateTable('leads').set({ status }).where('id', '=', id).where('created_at', '=', createdAt).returningAll().executeTakeFirstOrThrow(); // expect: prunes [ky25a]
    },
    byIds(ids: number[]) {
      return db.selectFrom('leads').selectAll().where('id', 'in', ids).execute(); // expect: scans-all [ky25b]
    },
    outputsOfRecentLeads(since: Date) {
      return db
        .selectFrom('agent_outputs')
        .selectAll()
        .where('lead_id', 'in', db.selectFrom('leads').select('id').where('created_at', '>=', since))
        .execute(); // expect: scans-all [ky25c]
    },
  };
}
