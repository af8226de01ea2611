import { db } from '../database';
import { withOutputs, withOutputsSince } from './helpers';

export class LeadRepository {
  getWithOutputs(id: number, createdAt: Date) {
    return db.selectFrom('leads').selectAll('leads').select((eb) => withOutputs(eb)).where('leads.id', '=', id).where('leads.created_at', '=', createdAt).executeTakeFirst(); // expect: scans-all [ky23a] cross
  }

  getRecentWithOutputs(userId: number, since: Date) {
    return db.selectFrom('leads').selectAll('leads').select((eb) => withOutputsSince(eb, since)).where('leads.user_id', '=', userId).where('leads.created_at', '>=', since).execute(); // expect: prunes [ky23b] cross
  }

  getByEmail(email: string) {
    return db.selectFrom('leads').selectAll().where('email', '=', email).executeTakeFirst(); // expect: scans-all [ky23c]
  }
}
