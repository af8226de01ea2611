import knex from 'knex';
import { knexSnakeCaseMappers } from 'objection';
import appConfig from './app.js';
import Base from '../models/base.js';

export const client = knex({
  client: 'pg',
  connection: {
    host: appConfig.postgresHost,
    port: appConfig.postgresPort,
    user: appConfig.postgresUsername,
    password: appConfig.postgresPassword,
    database: appConfig.postgresDatabase,
  },
  pool: { min: 0, max: 20 },
  ...knexSnakeCaseMappers(),
});

Base.knex(client);
