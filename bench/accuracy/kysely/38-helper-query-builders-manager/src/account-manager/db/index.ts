import { Kysely, PostgresDialect, type Compilable, type InferResult } from 'kysely';
import { Pool } from 'pg';
import type { DatabaseSchemaType } from './schema';

export class AccountDb {
  db: Kysely<DatabaseSchemaType>;

  constructor(url: string) {
    this.db = new Kysely<DatabaseSchemaType>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url }) }) });
  }

  /** Runs a compiled query, retrying once on a serialization failure. */
  async executeWithRetry<T extends { execute(): Promise<unknown> } & Compilable>(query: T): Promise<InferResult<T>> {
    try {
      return (await query.execute()) as InferResult<T>;
    } catch (err) {
      if ((err as { code?: string }).code !== '40001') throw err;
      return (await query.execute()) as InferResult<T>;
    }
  }
}
