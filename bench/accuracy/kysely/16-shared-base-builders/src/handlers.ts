import { outputs } from './base';
import { db } from './database';

export async function ofLead(leadId: number) {
  return outputs.where('lead_id', '=', leadId).execute(); // expect: scans-all [ky16a] cross
}

export async function since(time: Date) {
  return outputs.where('created_at', '>=', time).execute(); // expect: prunes [ky16b] cross
}

export async function countSince(time: Date) {
  return db.selectFrom('leads').where('created_at', '>=', time).select(({ fn }) => [fn.count<number>('id').as('n')]).executeTakeFirstOrThrow(); // expect: prunes [ky16c]
}

export async function removeLeads(ids: number[]) {
  return db.deleteFrom('leads').where('id', 'in', ids).execute(); // expect: scans-all [ky16d]
}
