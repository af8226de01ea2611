import { db } from '../database';

export function leadsOfCompany(company: string) {
  return db.selectFrom('leads').selectAll().where('company', '=', company);
}

export function leadsSince(since: Date) {
  return db.selectFrom('leads').select(['id', 'email']).where('created_at', '>=', since);
}
