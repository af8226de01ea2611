import type { SqlStorageMethod } from '../api/storage/sql/sql';

const DAY_MS = 24 * 60 * 60 * 1000;

// Runs on the configured schedule and removes outputs older than maxAgeInDays.
export async function deleteOldOutputs(storageMethod: SqlStorageMethod, options: { maxAgeInDays?: number } = {}) {
  const cutoff = new Date(Date.now() - (options.maxAgeInDays ?? 30) * DAY_MS);
  await storageMethod.pruneAgentOutputs(cutoff);
}
