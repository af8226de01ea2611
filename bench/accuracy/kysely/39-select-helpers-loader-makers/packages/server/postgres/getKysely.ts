import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DatabaseSchemaType } from './schema';

let kysely: Kysely<DatabaseSchemaType> | undefined;

const makeKysely = () => new Kysely<DatabaseSchemaType>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.POSTGRES_URL }) }) });

const getKysely = () => {
  if (!kysely) {
    kysely = makeKysely();
  }
  return kysely;
};

export default getKysely;
