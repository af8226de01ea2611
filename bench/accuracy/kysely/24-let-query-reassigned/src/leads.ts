import { db } from './database';

export interface ListOptions {
  userId?: number;
  status?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

export async function listLeads(options: ListOptions) {
  let query = db.selectFrom('leads').selectAll();
  if (options.userId) query = query.where('user_id', '=', options.userId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.from) query = query.where('created_at', '>=', options.from);
  if (options.to) query = query.where('created_at', '<', options.to);
  return await query.orderBy('id', 'desc').limit(options.limit ?? 50).execute(); // expect: scans-all [ky24a]
}

export async function listMonth(from: Date, to: Date, status?: string) {
  let query = db.selectFrom('leads').selectAll().where('created_at', '>=', from).where('created_at', '<', to);
  if (status) query = query.where('status', '=', status);
  return await query.execute(); // expect: prunes [ky24b]
}

export async function removeOutputs(leadId: number, createdAfter?: Date) {
  let del = db.deleteFrom('agent_outputs').where('lead_id', '=', leadId);
  if (createdAfter) del = del.where('created_at', '>=', createdAfter);
  await del.execute(); // expect: scans-all [ky24c]
}

export async function campaignNames(userId: number) {
  const rows = await db.selectFrom('campaigns').select('name').where('user_id', '=', userId).where('archived', '=', false).execute(); // expect: prunes [ky24d]
  return rows.map((r) => r.name);
}
