const BaseModel = require('./base')

class Lead extends BaseModel {
  static get tableName () {
    return 'leads'
  }

  static findByEmail (email) {
    return this.query().where('email', email.toLowerCase()).first()
  }

  static findForUserBetween (userId, from, to) {
    return this.query()
      .where('user_id', userId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .orderBy('created_at', 'asc')
  }
}

module.exports = Lead
