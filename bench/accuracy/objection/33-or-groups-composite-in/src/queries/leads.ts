import { Lead } from '../models/Lead';
import { inEitherWindow, recentOrVip } from './filters';

export async function yearOverYear(userId: number, month: { from: Date; to: Date }) {
  const lastYear = { from: new Date(month.from.getTime() - 365 * 86_400_000), to: new Date(month.to.getTime() - 365 * 86_400_000) };
  return inEitherWindow(Lead.query().where('user_id', userId), month, lastYear); // expect: prunes [ob33a] cross
}

export async function followUps(userId: number) {
  return recentOrVip(Lead.query().where('user_id', userId), new Date(Date.now() - 7 * 86_400_000)); // expect: scans-all [ob33b] cross
}

export async function byKeys(keys: [number, Date][]) {
  return Lead.query().whereIn(['id', 'created_at'], keys); // expect: prunes [ob33c]
}

export async function ofDay(day: string) {
  return Lead.query().whereRaw('created_at::date = ?', [day]); // expect: scans-all [ob33d]
}
