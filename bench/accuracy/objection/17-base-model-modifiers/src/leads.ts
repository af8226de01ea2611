import { Lead } from './models/Lead';

export async function recent() {
  return Lead.query().modify('recent'); // expect: prunes [ob17a] cross
}

export async function active() {
  return Lead.query().modify('active').limit(50); // expect: scans-all [ob17b] cross
}

export async function byEmail(email: string) {
  return Lead.query().findOne({ email }); // expect: scans-all [ob17c]
}

export async function page(since: Date, n: number) {
  return Lead.query().where('created_at', '>=', since).page(n, 20); // expect: prunes [ob17d]
}
