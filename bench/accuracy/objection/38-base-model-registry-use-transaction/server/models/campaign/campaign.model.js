const BaseModel = require('../base/baseModel')

class Campaign extends BaseModel {
  static get tableName() {
    return 'campaigns'
  }

  static get modifiers() {
    return {
      ownedBy(builder, userId) {
        builder.where('user_id', userId)
      },
      active(builder) {
        builder.where('archived', false)
      },
    }
  }
}

module.exports = Campaign
