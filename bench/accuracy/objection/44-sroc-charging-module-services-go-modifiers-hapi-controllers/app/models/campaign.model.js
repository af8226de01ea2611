'use strict'

const BaseModel = require('./base.model')

class CampaignModel extends BaseModel {
  static get tableName () {
    return 'campaigns'
  }

  static get idColumn () {
    return ['id', 'user_id']
  }

  static get modifiers () {
    return {
      ownedBy (query, userId) {
        query.where('campaigns.user_id', userId)
      },
      active (query) {
        query.where('campaigns.archived', false)
      }
    }
  }
}

module.exports = CampaignModel
