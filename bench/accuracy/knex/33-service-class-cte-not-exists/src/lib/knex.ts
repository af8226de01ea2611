import knex, { type Knex } from 'knex';

let instance: Knex | undefined;

export function getKnex(): Knex {
  instance ??= knex({ client: 'pg', connection: process.env.DATABASE_URL });
  return instance;
}
