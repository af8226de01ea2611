'use strict'

/**
 * Model for leads
 * @module LeadModel
 */

const { Model } = require('objection')

const BaseModel = require('./base.model.js')

class LeadModel extends BaseModel {
  static get tableName () {
    return 'leads'
  }

  static get relationMappings () {
    return {
      agentOutputs: {
        relation: Model.HasManyRelation,
        modelClass: 'agent-output.model',
        join: {
          from: 'leads.id',
          to: 'agentOutputs.leadId'
        }
      }
    }
  }

  static get modifiers () {
    return {
      // Leads still being worked on
      notArchived (query) {
        query.whereNot('status', 'archived')
      },
      // Leads created on or after a date
      createdSince (query, date) {
        query.where('createdAt', '>=', date)
      }
    }
  }
}

module.exports = LeadModel
