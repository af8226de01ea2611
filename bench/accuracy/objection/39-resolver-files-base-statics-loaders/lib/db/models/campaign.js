const BaseModel = require('./base')

class Campaign extends BaseModel {
  static get tableName () {
    return 'campaigns'
  }
}

module.exports = Campaign
