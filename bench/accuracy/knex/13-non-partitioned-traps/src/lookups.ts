import { db } from './db';

const cache = new Map<string, unknown>();

export async function owner(email: string) {
  return db('users').where({ email }).first();
}

export async function archived(company: string) {
  return db('archived_leads').where({ company });
}

export function cached(table: 'leads' | 'campaigns') {
  return cache.get(table);
}

export async function hasLeadsTable() {
  return db.schema.hasTable('leads');
}

export async function window(from: Date, to: Date) {
  return db('leads').where('created_at', '>=', from).where('created_at', '<', to).select('id'); // expect: prunes [kx13a]
}
