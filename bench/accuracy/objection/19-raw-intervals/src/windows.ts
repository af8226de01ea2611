import { Lead } from './models/Lead';

export async function lastDays(days: number) {
  return Lead.query().whereRaw('created_at >= now() - ?::interval', [`${days} days`]); // expect: prunes [ob19a]
}

export async function monthOf(month: string) {
  return Lead.query().whereRaw("to_char(created_at, 'YYYY-MM') = ?", [month]); // expect: scans-all [ob19b]
}
