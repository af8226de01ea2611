import { db } from '../db';
import { LeadModel, OutputModel } from '../models/lead';

export async function browse(userId: number, status?: string) {
  return LeadModel.findPage(userId, { filter: { status } }); // expect: scans-all [kx29a] cross
}

export async function browseMonth(userId: number, month: Date) {
  const to = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  return LeadModel.findPage(userId, { filter: { from: month, to } }); // expect: prunes [kx29b] cross
}

export async function archive(lead: { id: number; created_at: Date }) {
  await db.transaction(async (trx) => {
    await LeadModel.edit(lead.id, lead.created_at, { status: 'archived' }, { transacting: trx }); // expect: prunes [kx29c] cross
    await OutputModel.destroyForLead(lead.id, { transacting: trx }); // expect: scans-all [kx29d] cross
  });
}
