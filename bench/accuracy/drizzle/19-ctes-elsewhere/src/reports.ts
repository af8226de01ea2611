import { companyLeads, recentLeads } from './ctes';
import { db } from './db';

export async function recent(since: Date) {
  const cte = recentLeads(since);
  return db.with(cte).select().from(cte); // expect: prunes [dz19a] cross
}

export async function company(name: string) {
  const cte = companyLeads(name);
  return db.with(cte).select().from(cte); // expect: scans-all [dz19b] cross
}
