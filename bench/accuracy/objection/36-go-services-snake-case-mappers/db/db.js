'use strict'

const knex = require('knex')
const { knexSnakeCaseMappers } = require('objection')

// Passing in `knexSnakeCaseMappers` lets us use camelCase everywhere in the app; knex converts identifiers to
// snake_case on the way to the database and back.
const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 10 },
  ...knexSnakeCaseMappers()
})

module.exports = { db }
