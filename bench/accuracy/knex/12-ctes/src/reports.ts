import { db } from './db';

export async function recentStatuses(since: Date) {
  return db.with('recent', db('leads').select('id', 'status').where('created_at', '>=', since)).select('status').from('recent'); // expect: prunes [kx12a]
}

export async function companyStatuses(company: string) {
  return db.with('acme', db('leads').select('id', 'status').where('company', company)).select('status').from('acme'); // expect: scans-all [kx12b]
}
