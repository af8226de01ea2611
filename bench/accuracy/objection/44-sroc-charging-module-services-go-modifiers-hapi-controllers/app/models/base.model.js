'use strict'

const { Model } = require('objection')
const { db } = require('../../db/db')

// Installed once here so that every model inherits the knex instance.
Model.knex(db)

class BaseModel extends Model {
  static get modelPaths () {
    return [__dirname]
  }
}

module.exports = BaseModel
