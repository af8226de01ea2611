'use strict'

/**
 * Model for agent outputs
 * @module AgentOutputModel
 */

const { Model } = require('objection')

const BaseModel = require('./base.model.js')

class AgentOutputModel extends BaseModel {
  static get tableName () {
    return 'agentOutputs'
  }

  static get relationMappings () {
    return {
      lead: {
        relation: Model.BelongsToOneRelation,
        modelClass: 'lead.model',
        join: {
          from: 'agentOutputs.leadId',
          to: 'leads.id'
        }
      }
    }
  }

  static get modifiers () {
    return {
      latestFirst (query) {
        query.orderBy([
          { column: 'createdAt', order: 'desc' },
          { column: 'id', order: 'desc' }
        ])
      },
      // The outputs written for a lead since the lead was created
      ofLead (query, lead) {
        query.where('leadId', lead.id).where('createdAt', '>=', lead.createdAt)
      },
      ofLeads (query, leadIds) {
        query.whereIn('leadId', leadIds)
      }
    }
  }
}

module.exports = AgentOutputModel
