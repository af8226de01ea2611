import { db } from './db';
import { inMonth, paginate } from './lib/query';

export async function monthPage(start: Date, page: number) {
  return paginate(inMonth(db('leads').where('status', 'won'), start), page); // expect: prunes [kx09a] cross
}

export async function statusPage(status: string, page: number) {
  return paginate(db('leads').where({ status }), page); // expect: scans-all [kx09b] cross
}

export async function outputsOfMonth(start: Date) {
  const rows = await inMonth(db('agent_outputs').where('kind', 'call'), start); // expect: prunes [kx09c] cross
  return rows.length;
}
