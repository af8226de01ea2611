import { db } from './database';

export interface Filters {
  status?: string;
  from?: Date;
}

export async function search(f: Filters) {
  return db
    .selectFrom('leads')
    .selectAll()
    .$if(f.status !== undefined, (qb) => qb.where('status', '=', f.status!))
    .$if(f.from !== undefined, (qb) => qb.where('created_at', '>=', f.from!))
    .execute(); // expect: scans-all [ky06a]
}

export async function searchWindow(f: Filters, since: Date) {
  return db
    .selectFrom('leads')
    .selectAll()
    .where('created_at', '>=', since)
    .$if(f.status !== undefined, (qb) => qb.where('status', '=', f.status!))
    .execute(); // expect: prunes [ky06b]
}
