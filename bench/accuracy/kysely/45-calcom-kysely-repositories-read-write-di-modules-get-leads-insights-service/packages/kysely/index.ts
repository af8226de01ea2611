import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './types';

export type KyselyDatabase = DB;

export const kyselyWrite = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
export const kyselyRead = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_READ_URL ?? process.env.DATABASE_URL }) }),
});

export default kyselyWrite;
