import knex, { type Knex } from 'knex';

export type Db = Knex;

export function createDb({ url, pool }: { url: string; pool?: { min: number; max: number } }): Db {
  return knex({
    client: 'pg',
    connection: url,
    pool: pool ?? { min: 0, max: 4 },
  });
}
