import { db } from './database';
import { leadsRepository } from './leads.repository';

const leads = leadsRepository(db);

export async function lookup(ids: number[]) {
  return leads.byIds(ids);
}
