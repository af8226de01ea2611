import { db } from './database';

export async function recentIds(since: Date) {
  return db
    .with('recent', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('created_at', '>=', since))
    .selectFrom('recent')
    .select('status')
    .execute(); // expect: prunes [ky10a]
}

export async function companyIds(company: string) {
  return db
    .with('acme', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('company', '=', company))
    .selectFrom('acme')
    .select('status')
    .execute(); // expect: scans-all [ky10b]
}
