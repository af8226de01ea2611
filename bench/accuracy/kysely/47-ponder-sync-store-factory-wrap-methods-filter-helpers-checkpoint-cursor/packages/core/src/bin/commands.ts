import { createDatabase } from '../database/index.js';
import { createSyncStore } from '../sync-store/index.js';

export async function status(userId: string) {
  const syncStore = createSyncStore({ database: createDatabase(process.env.DATABASE_URL!) });
  const now = new Date();
  const month = { from: new Date(now.getFullYear(), now.getMonth(), 1), to: now };
  return {
    total: await syncStore.getLeadCount({ userId }),
    thisMonth: await syncStore.getStatusCounts({ filter: { userId }, period: month }),
    latest: await syncStore.getLatestLead(userId),
    campaigns: await syncStore.getCampaigns(userId),
  };
}

export async function prune(fromDate: Date) {
  const syncStore = createSyncStore({ database: createDatabase(process.env.DATABASE_URL!) });
  await syncStore.pruneByDate({ fromDate });
}
