const Model = require('objection').Model

/**
 * Campaigns model
 */
module.exports = class Campaign extends Model {
  static get tableName () { return 'campaigns' }

  static get jsonSchema () {
    return {
      type: 'object',
      required: ['name'],
      properties: {
        id: { type: 'integer' },
        userId: { type: 'integer' },
        name: { type: 'string' },
        archived: { type: 'boolean' }
      }
    }
  }
}
