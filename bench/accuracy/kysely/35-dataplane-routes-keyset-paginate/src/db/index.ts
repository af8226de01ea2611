import { Kysely, PostgresDialect } from 'kysely';
import { Pool as PgPool } from 'pg';
import type { DB } from './types';

export type PgOptions = { url: string; poolSize?: number };

export class Database {
  pool: PgPool;
  db: Kysely<DB>;

  constructor(opts: PgOptions) {
    this.pool = new PgPool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    this.db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: this.pool }) });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
