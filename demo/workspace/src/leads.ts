import { db } from './db';

// ❌ Scans every partition of leads.
export async function microsoftLeads() {
  return db('leads').where({ company: 'Microsoft' });
}

// ✅ Prunes to the last month.
export async function recentLeads(since: Date) {
  return db('leads').where('created_at', '>=', since).andWhere({ status: 'new' });
}
