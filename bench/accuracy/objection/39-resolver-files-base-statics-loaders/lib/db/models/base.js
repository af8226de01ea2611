const { Model, snakeCaseMappers } = require('objection')

class BaseModel extends Model {
  static get columnNameMappers () {
    return snakeCaseMappers()
  }

  $beforeInsert () {
    if (!this.createdAt) {
      this.createdAt = new Date().toISOString()
    }
  }

  static create (params = {}) {
    return this.query().insert(params).returning('*')
  }

  static findById (id) {
    return this.query().findById(id)
  }
}

module.exports = BaseModel
