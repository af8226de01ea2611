import { db } from '../database';
import { inMonth, leadColumns } from './helpers';

export interface SearchOptions {
  userId: number;
  status?: string;
  createdAfter?: Date;
  createdBefore?: Date;
}

export async function searchLeads(options: SearchOptions) {
  return db
    .selectFrom('leads')
    .selectAll()
    .where('user_id', '=', options.userId)
    .$if(!!options.status, (qb) => qb.where('status', '=', options.status!))
    .$if(!!options.createdAfter, (qb) => qb.where('created_at', '>=', options.createdAfter!))
    .$if(!!options.createdBefore, (qb) => qb.where('created_at', '<', options.createdBefore!))
    .orderBy('id', 'desc')
    .execute(); // expect: scans-all [ky20a]
}

export async function monthReport(month: Date) {
  return db
    .selectFrom('leads')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .$call((qb) => inMonth(qb, month))
    .groupBy('status')
    .execute(); // expect: prunes [ky20b] cross
}

export async function byCompany(company: string) {
  return leadColumns.where('company', '=', company).execute(); // expect: scans-all [ky20c] cross
}

export async function latestSince(since: Date) {
  return leadColumns.where('created_at', '>=', since).orderBy('created_at', 'desc').executeTakeFirst(); // expect: prunes [ky20d] cross
}
