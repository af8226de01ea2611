import { db } from '../db';

export async function outputsOfCompany(company: string, since: Date) {
  const leadIds = db('leads').select('id').where({ company }).andWhere('created_at', '>=', since);
  return db('agent_outputs').whereIn('lead_id', leadIds).orderBy('id'); // expect: scans-all [kx27c]
}

export async function recentOutputsOfCompany(company: string, since: Date) {
  const leadIds = db('leads').select('id').where({ company }).andWhere('created_at', '>=', since);
  return db('agent_outputs').whereIn('lead_id', leadIds).andWhere('created_at', '>=', since); // expect: prunes [kx27d]
}
