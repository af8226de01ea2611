import { Lead } from './models/Lead';

export async function inbox(userId: number) {
  return Lead.recentForUser(userId).orderBy('created_at', 'desc'); // expect: prunes [ob09a] cross
}

export async function everything(userId: number) {
  const rows = await Lead.forUser(userId).select('id', 'email'); // expect: scans-all [ob09b] cross
  return rows;
}
