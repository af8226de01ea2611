import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DatabaseSchemaType } from './schema';

export class Database {
  constructor(
    public db: Kysely<DatabaseSchemaType>,
    private readonly txn = false,
  ) {}

  static postgres(opts: { url: string; poolSize?: number }): Database {
    const pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    return new Database(new Kysely<DatabaseSchemaType>({ dialect: new PostgresDialect({ pool }) }));
  }

  get isTransaction() {
    return this.txn;
  }

  async transaction<T>(fn: (db: Database) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((txn) => fn(new Database(txn, true)));
  }
}
