import type { Knex } from 'knex';

/** SQL helpers that depend on the client (the app runs on PostgreSQL, SQLite in tests). */
export function knexUtils(k: Knex) {
  function truncatedTimestamp(column: string, unit: 'hour' | 'day') {
    return k.raw(`date_trunc(?, ??)`, [unit, column]);
  }
  return { truncatedTimestamp };
}
