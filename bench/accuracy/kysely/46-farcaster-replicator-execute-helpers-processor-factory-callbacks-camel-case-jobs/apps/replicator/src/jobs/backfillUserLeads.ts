import { execute, executeTakeFirst, type DB } from '../db';
import { leadStatsQuery } from '../stats';

const BATCH_SIZE = 1_000;

// Re-reads one user's leads after the last one already replicated, a batch at a time.
export async function backfillUserLeads(db: DB, userId: number, onBatch: (ids: number[]) => Promise<void>) {
  const lastLead = await executeTakeFirst(
    db.selectFrom('leads').select(['id', 'createdAt']).where('userId', '=', userId).orderBy('createdAt', 'desc').limit(1),
  ); // expect: scans-all [ky46f] cross
  if (!lastLead) return;

  let cursor = new Date(lastLead.createdAt.getTime() - 30 * 24 * 60 * 60 * 1000);
  for (;;) {
    const batch = await execute(
      db.selectFrom('leads').selectAll().where('userId', '=', userId).where('createdAt', '>', cursor).orderBy('createdAt').limit(BATCH_SIZE),
    ); // expect: prunes [ky46g] cross
    if (batch.length === 0) break;
    await onBatch(batch.map((row) => row.id));
    cursor = batch[batch.length - 1]!.createdAt;
  }
}

export async function weeklyDigest(db: DB, userId: number) {
  return await execute(leadStatsQuery(db, userId, 7)); // expect: prunes [ky46k] cross
}
