import knex from 'knex';
import { attachPaginate } from 'knex-paginate';

attachPaginate();

export const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
