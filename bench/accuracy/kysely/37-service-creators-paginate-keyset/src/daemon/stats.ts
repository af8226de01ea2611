import { sql } from 'kysely';
import type { AppContext } from '../context';

/** Refreshes the status counters shown on the dashboard, over the last day. */
export async function refreshStatusCounts(ctx: AppContext): Promise<Record<string, number>> {
  const since = new Date(Date.now() - 86_400_000);
  const rows = await ctx.db.db
    .selectFrom('leads')
    .select(['status', sql<number>`count(*)`.as('count')])
    .where('created_at', '>', since)
    .groupBy('status')
    .execute(); // expect: prunes [ky37h]
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
}
