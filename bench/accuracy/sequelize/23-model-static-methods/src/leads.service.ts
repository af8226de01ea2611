import { Lead } from './models/lead';

export async function dashboard(userId: number) {
  const [recent, all] = await Promise.all([Lead.findRecentByUser(userId), Lead.findByUser(userId)]);
  return { recent: recent.length, all: all.length };
}
