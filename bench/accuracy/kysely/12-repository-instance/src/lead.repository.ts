import type { Kysely } from 'kysely';
import type { DB } from './types';

export class LeadRepository {
  constructor(private readonly db: Kysely<DB>) {}

  byStatus(status: string) {
    return this.db.selectFrom('leads').selectAll().where('status', '=', status);
  }
}
