import knex from 'knex'
import { knexSnakeCaseMappers } from 'objection'

// Both pools map camelCase identifiers to snake_case columns, as every query in the app relies on it.
const mainKnex = knex({
  client: 'pg',
  connection: process.env.MATTERS_PG_CONNECTION_STRING,
  ...knexSnakeCaseMappers(),
})

const readonlyKnex = knex({
  client: 'pg',
  connection: process.env.MATTERS_PG_RO_CONNECTION_STRING,
  ...knexSnakeCaseMappers(),
})

export const connections = {
  knex: mainKnex,
  knexRO: readonlyKnex,
}

export type Connections = typeof connections
