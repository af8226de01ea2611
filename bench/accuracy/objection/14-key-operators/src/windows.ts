import { Lead } from './models/Lead';

export async function stamped() {
  return Lead.query().whereNotNull('created_at').where('status', 'new'); // expect: scans-all [ob14a]
}

export async function atInstants(instants: Date[]) {
  return Lead.query().whereIn('created_at', instants); // expect: prunes [ob14b]
}

export async function onDay(day: string) {
  return Lead.query().whereRaw('created_at::date = ?', [day]); // expect: scans-all [ob14c]
}
