import knex from 'knex';

const config = { client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 10 } };

export default knex(config);
