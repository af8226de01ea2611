import { db } from './database';
import { LeadRepository } from './lead.repository';

const leads = new LeadRepository(db);

export async function recentWon(since: Date) {
  return leads.byStatus('won').where('created_at', '>=', since).execute(); // expect: prunes [ky12a] cross
}

export async function allWon() {
  return leads.byStatus('won').orderBy('id', 'desc').execute(); // expect: scans-all [ky12b] cross
}
