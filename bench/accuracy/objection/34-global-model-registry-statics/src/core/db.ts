import Knex from 'knex';
import { Model } from 'objection';

export const knex = Knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: 10 },
});

Model.knex(knex);
