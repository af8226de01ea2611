import { db } from '../db';
import { lockLead, lockLeadByKey } from '../services/locks';

export async function closeLead(id: number) {
  return db.transaction(async (trx) => {
    const lead = await lockLead(trx, id); // expect: scans-all [kx35a] cross
    if (!lead) return null;
    await trx.raw('update leads set status = ? where id = ?', ['closed', id]); // expect: scans-all [kx35d]
    return lead;
  });
}

export async function closeKnownLead(id: number, createdAt: Date) {
  return db.transaction(async (trx) => {
    const lead = await lockLeadByKey(trx, id, createdAt); // expect: prunes [kx35b] cross
    await trx('agent_outputs').where('lead_id', id).andWhere('created_at', '>=', createdAt).del(); // expect: prunes [kx35c]
    return lead;
  });
}
