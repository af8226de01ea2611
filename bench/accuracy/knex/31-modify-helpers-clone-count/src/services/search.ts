import { db } from '../db';
import { monthRange } from '../queries/filters';
import { leadsBase } from '../queries/leads';

export async function searchLeads(userId: number, term: string, page = 1) {
  const base = leadsBase(userId, { term });
  const [{ count }] = await base.clone().count({ count: '*' }); // expect: scans-all [kx31a] cross
  const rows = await base.clone().orderBy('created_at', 'desc').limit(20).offset((page - 1) * 20); // expect: scans-all [kx31b] cross
  return { rows, total: Number(count) };
}

export async function monthLeads(userId: number, month: Date) {
  const period = monthRange(month);
  const leads = await leadsBase(userId, { period }).select('id', 'email'); // expect: prunes [kx31c] cross
  const outputs = await db('agent_outputs')
    .whereIn('lead_id', leads.map((l: { id: number }) => l.id))
    .andWhere('created_at', '>=', period.from); // expect: prunes [kx31d]
  return { leads, outputs };
}
