import { db } from './db';
import { applyFilters, type LeadFilters } from './filters';

export async function search(f: LeadFilters) {
  return applyFilters(db('leads'), f).limit(100); // expect: scans-all [kx04a] cross
}

export async function searchRecent(f: LeadFilters, since: Date) {
  return applyFilters(db('leads').where('created_at', '>=', since), f).limit(100); // expect: prunes [kx04b] cross
}
