import knex, { type Knex } from 'knex';

let database: Knex | null = null;

/** One knex instance for the whole process, created on first use. */
export default function getDatabase(): Knex {
  if (database) return database;
  database = knex({ client: 'pg', connection: process.env.DB_CONNECTION_STRING, pool: { min: 0, max: 10 } });
  return database;
}
