const Knex = require('knex')
const Objection = require('objection')

/* global WIKI */

/**
 * ORM DB module
 */
module.exports = {
  Objection,
  knex: null,
  init () {
    this.knex = Knex({
      client: 'pg',
      connection: WIKI.config.db,
      pool: { min: 2, max: 10 }
    })
    Objection.Model.knex(this.knex)

    // Models are reached everywhere as WIKI.models.<name>.
    const models = require('../models')
    return {
      ...this,
      ...models
    }
  }
}
