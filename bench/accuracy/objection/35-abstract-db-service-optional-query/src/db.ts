import Knex from 'knex';
import { Model } from 'objection';

export const knex = Knex({ client: 'pg', connection: process.env.DATABASE_URL });
Model.knex(knex);
