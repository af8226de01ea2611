import type { DB } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

// The status breakdown of one user's leads, over the last `days` days when given.
export const leadStatsQuery = (db: DB, userId: number, days?: number) =>
  db
    .selectFrom('leads')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('userId', '=', userId)
    .$if(days !== undefined, (qb) => qb.where('createdAt', '>=', new Date(Date.now() - days! * DAY_MS)))
    .groupBy('status');
