'use strict'

const { Model } = require('objection')
const BaseModel = require('./base.model')

class LeadModel extends BaseModel {
  static get tableName () {
    return 'leads'
  }

  static get relationMappings () {
    return {
      outputs: {
        relation: Model.HasManyRelation,
        modelClass: 'agent-output.model',
        join: { from: 'leads.id', to: 'agent_outputs.lead_id' }
      },
      campaign: {
        relation: Model.BelongsToOneRelation,
        modelClass: 'campaign.model',
        join: { from: 'leads.campaign_id', to: 'campaigns.id' }
      }
    }
  }

  static get modifiers () {
    return {
      forUser (query, userId) {
        query.where('leads.user_id', userId)
      },
      createdSince (query, since) {
        query.where('leads.created_at', '>=', since)
      }
    }
  }
}

module.exports = LeadModel
