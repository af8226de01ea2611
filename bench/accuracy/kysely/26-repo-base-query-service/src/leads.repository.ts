import type { Kysely } from 'kysely';
import type { DB } from './types';

export class LeadsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private baseQuery() {
    return this.db.selectFrom('leads');
  }

  forUser(userId: number) {
    return this.baseQuery().where('user_id', '=', userId);
  }
}
