const { Model } = require('objection')

class BaseModel extends Model {
  $beforeInsert() {
    this.created_at = new Date().toISOString()
  }

  static get idColumn() {
    return 'id'
  }
}

module.exports = BaseModel
