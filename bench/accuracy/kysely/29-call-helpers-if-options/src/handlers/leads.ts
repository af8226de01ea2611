import { db } from '../db';
import { listForUser } from '../lib/leads';
import { createdBetween, paginate } from '../lib/query-helpers';

export async function campaignLeads(campaignId: number, page: number) {
  return db.selectFrom('leads').selectAll().where('campaign_id', '=', campaignId).$call(paginate(page)).execute(); // expect: scans-all [ky29a] cross
}

export async function leadsBetween(from: Date, to: Date) {
  return db.selectFrom('leads').selectAll().$call(createdBetween(from, to)).$call(paginate(1, 100)).execute(); // expect: prunes [ky29b] cross
}

export async function wonLeads(userId: number) {
  return listForUser(userId, { status: 'won' }).execute(); // expect: scans-all [ky29c] cross
}

export async function lastWeekLeads(userId: number) {
  const since = new Date(Date.now() - 7 * 86_400_000);
  return listForUser(userId, { since }).orderBy('created_at', 'desc').execute(); // expect: prunes [ky29d] cross
}
