'use strict'

/**
 * Base class for all Objection-based models
 * @module BaseModel
 */

const { Model } = require('objection')

const { db } = require('../../db/db.js')

// Set once for every model that inherits from this one.
Model.knex(db)

class BaseModel extends Model {
  /**
   * Where Objection looks for the models named in relationships, so relations can name them by file.
   */
  static get modelPaths () {
    return [__dirname]
  }
}

module.exports = BaseModel
