import { db } from '../db';
import { applyFilters, paginate, withCompany, type LeadFilters } from '../lib/query';

export async function listLeads(filters: LeadFilters, page: number) {
  const qb = db('leads').select('id', 'email', 'status');
  applyFilters(qb, filters);
  return paginate(qb, page); // expect: scans-all [kx22a] cross
}

export async function monthLeads(from: Date, to: Date, company?: string) {
  return db('leads').where('created_at', '>=', from).andWhere('created_at', '<', to).modify(withCompany, company); // expect: prunes [kx22b] cross
}

export async function removeLead(id: number, createdAt: Date) {
  await db.transaction(async (trx) => {
    await trx('agent_outputs').where({ lead_id: id }).del(); // expect: scans-all [kx22c]
    await trx('leads').where({ id, created_at: createdAt }).del(); // expect: prunes [kx22d]
  });
}

export async function countByStatus(since: Date) {
  const rows = await applyFilters(db('leads'), { since }).select('status').count('* as n').groupBy('status'); // expect: prunes [kx22e] cross
  return rows;
}
